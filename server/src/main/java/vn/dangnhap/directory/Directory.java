package vn.dangnhap.directory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.internal.FieldRules;
import vn.dangnhap.directory.internal.OfficialStore;
import vn.dangnhap.directory.internal.UnitStore;
import vn.dangnhap.shared.cache.CachedValue;
import vn.dangnhap.shared.cache.ClusterCaches;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/** Organisation units and official accounts: look-ups, and the validated changes admins make. */
@Service
public class Directory {

    private final UnitStore units;
    private final OfficialStore officials;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Units are few and read at every sign-in (unit names, the tree access rules are matched in). */
    private final CachedValue<UnitTree> unitTree;

    private final ClusterCaches caches;

    public Directory(UnitStore units, OfficialStore officials, Clock clock, ApplicationEventPublisher events, ClusterCaches caches) {
        this.caches = caches;
        this.units = units;
        this.officials = officials;
        this.clock = clock;
        this.events = events;
        this.unitTree = caches.value("directory.units", () -> UnitTree.of(units.all()));
    }

    // --- officials ---------------------------------------------------------------------------

    public Optional<OfficialAccount> findOfficial(EmailAddress email) {
        return officials.byEmail(email);
    }

    public Optional<OfficialAccount> findOfficial(UUID id) {
        return officials.byId(id);
    }

    public OfficialAccount official(UUID id) {
        return officials.byId(id).orElseThrow(() -> new NotFoundException("official.not-found"));
    }

    public List<OfficialAccount> officials(OfficialQuery query) {
        return officials.search(query);
    }

    /** How many officials hold {@code role} (e.g. whether any administrator exists yet). */
    public long officialsWithRole(String role) {
        return officials.countWithRole(role);
    }

    public long officialCount() {
        return officials.count();
    }

    /**
     * Checks an official as typed without storing it: every rule, the e-mail not yet taken,
     * the unit known and enabled. Throws the first rule broken.
     */
    public ValidOfficial validateNew(OfficialInput input) {
        ValidOfficial valid = validate(input);
        if (officials.emailTaken(valid.email())) {
            throw ConflictException.onField("email", "official.email-taken", valid.email().value());
        }
        return valid;
    }

    @Transactional
    public OfficialAccount createOfficial(OfficialInput input) {
        ValidOfficial valid = validateNew(input);
        UUID id = UUID.randomUUID();
        officials.insert(id, valid.email(), valid.fullName(), valid.phone(), valid.unit().id(), valid.roles(), clock.instant());
        return official(id);
    }

    @Transactional
    public OfficialAccount updateOfficial(UUID id, OfficialInput input) {
        OfficialAccount current = official(id);
        ValidOfficial valid = validate(input);
        if (!valid.email().equals(current.email()) && officials.emailTaken(valid.email())) {
            throw ConflictException.onField("email", "official.email-taken", valid.email().value());
        }
        officials.update(id, valid.email(), valid.fullName(), valid.phone(), valid.unit().id(), valid.roles(), clock.instant());
        if (!java.util.Objects.equals(current.phone(), valid.phone())) {
            // Nobody proved to receive the new number yet.
            officials.setPhoneUnverified(id);
        }
        return official(id);
    }

    /**
     * Stores {@code phone} as the official's number, verified: call only after the official typed
     * the one-time code sent to it.
     */
    @Transactional
    public OfficialAccount setVerifiedPhone(UUID id, PhoneNumber phone) {
        official(id);
        officials.setVerifiedPhone(id, phone, clock.instant());
        return official(id);
    }

    /**
     * The official whose profile holds this personal identification number (12 digits, checked by
     * the caller as a CCCD) as verified — set by an administrator who checked the identity card.
     * Used by the VNeID login where it admits officials. Numbers are plain strings here so that the
     * directory does not depend on the citizen module.
     */
    public Optional<OfficialAccount> findOfficialByVerifiedPin(String pin) {
        return officials.idByVerifiedPin(pin).flatMap(officials::byId);
    }

    /** The official's verified personal identification number (12 digits; mask it before showing), if set. */
    public Optional<String> verifiedPinOf(UUID id) {
        return officials.verifiedPinOf(id);
    }

    /**
     * Sets (or with null clears) the official's verified personal identification number. Conflict
     * when another official holds it: one number, one official.
     */
    @Transactional
    public OfficialAccount setVerifiedPin(UUID id, String pinOrNull) {
        official(id);
        if (pinOrNull != null && !pinOrNull.matches("\\d{12}")) {
            throw new InvalidInputException("verifiedPin", "cccd.length", pinOrNull.length());
        }
        if (!officials.setVerifiedPin(id, pinOrNull, clock.instant())) {
            throw new ConflictException("official.pin-taken");
        }
        return official(id);
    }

    /**
     * Publishes {@link OfficialStatusChanged} when the status really changes. Leaving
     * {@code LOCKED} clears the lock reason; use {@link #lock} to lock with a reason.
     */
    @Transactional
    public OfficialAccount setStatus(UUID id, AccountStatus status) {
        OfficialAccount before = official(id);
        officials.setStatus(id, status, clock.instant());
        if (before.status() != status) {
            events.publishEvent(new OfficialStatusChanged(id, status));
        }
        return official(id);
    }

    /**
     * Locks an active or disabled account and records why; an account already locked keeps its
     * first reason. Goes through {@link #setStatus} so {@link OfficialStatusChanged} ends the
     * account's sessions.
     */
    @Transactional
    public OfficialAccount lock(UUID id, LockReason reason) {
        OfficialAccount before = official(id);
        if (before.status() == AccountStatus.LOCKED) {
            return before;
        }
        officials.setLock(id, reason, clock.instant());
        return setStatus(id, AccountStatus.LOCKED);
    }

    /** Makes a locked account active again and forgets the lock reason. */
    @Transactional
    public OfficialAccount unlock(UUID id) {
        return setStatus(id, AccountStatus.ACTIVE);
    }

    /** Why the account is locked; empty when it is not locked (or was locked before reasons were kept). */
    public Optional<AccountLock> lockOf(UUID id) {
        return officials.lockOf(id);
    }

    private ValidOfficial validate(OfficialInput input) {
        EmailAddress email = EmailAddress.parse(input.email());
        String fullName = FieldRules.displayName("fullName", input.fullName());
        PhoneNumber phone = PhoneNumber.parseOrNull(input.phone());
        OrganisationUnit unit = units.byCode(FieldRules.unitCode(input.unitCode()))
                .orElseThrow(() -> new InvalidInputException("unitCode", "unit.unknown", FieldRules.abbreviate(input.unitCode())));
        if (!unit.enabled()) {
            throw new InvalidInputException("unitCode", "unit.disabled", unit.code());
        }
        return new ValidOfficial(email, fullName, phone, unit, FieldRules.roles(input.roles()));
    }

    /** An official's data after every rule passed. */
    public record ValidOfficial(EmailAddress email, String fullName, PhoneNumber phone, OrganisationUnit unit, Set<String> roles) {}

    // --- organisation units ------------------------------------------------------------------

    /** Every unit, by code. */
    public List<OrganisationUnit> units() {
        return unitTree.get().units();
    }

    /** The organisation tree, for "is this unit inside that one". */
    public UnitTree unitTree() {
        return unitTree.get();
    }

    public Optional<OrganisationUnit> findUnit(String code) {
        return code == null ? Optional.empty() : unitTree.get().unit(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public OrganisationUnit unit(String code) {
        return findUnit(code).orElseThrow(() -> new NotFoundException("unit.not-found", FieldRules.abbreviate(code)));
    }

    @Transactional
    public OrganisationUnit createUnit(UnitInput input) {
        String code = FieldRules.unitCode(input.code());
        String name = FieldRules.displayName("name", input.name());
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "unit.kind.required");
        }
        if (units.byCode(code).isPresent()) {
            throw ConflictException.onField("code", "unit.code-taken", code);
        }
        UUID parentId = parentId(input.parentCode(), null);
        if (parentId == null && units.count() > 0) {
            throw new InvalidInputException("parentCode", "unit.parent.required");
        }
        units.insert(UUID.randomUUID(), code, name, input.kind(), parentId);
        caches.changed("directory.units");
        return unit(code);
    }

    @Transactional
    public OrganisationUnit updateUnit(String code, UnitInput input) {
        OrganisationUnit current = unit(code);
        String name = FieldRules.displayName("name", input.name());
        UnitKind kind = input.kind() == null ? current.kind() : input.kind();
        UUID parentId = current.parentCode() == null && (input.parentCode() == null || input.parentCode().isBlank())
                ? null
                : parentId(input.parentCode(), current);
        units.update(current.id(), name, kind, parentId);
        caches.changed("directory.units");
        return unit(current.code());
    }

    @Transactional
    public OrganisationUnit setUnitEnabled(String code, boolean enabled) {
        OrganisationUnit current = unit(code);
        units.setEnabled(current.id(), enabled);
        caches.changed("directory.units");
        return unit(current.code());
    }

    private UUID parentId(String parentCode, OrganisationUnit moving) {
        if (parentCode == null || parentCode.isBlank()) {
            if (moving != null) {
                throw new InvalidInputException("parentCode", "unit.parent.required");
            }
            return null;
        }
        OrganisationUnit parent = units.byCode(FieldRules.unitCode(parentCode))
                .orElseThrow(() -> new InvalidInputException("parentCode", "unit.unknown", FieldRules.abbreviate(parentCode)));
        if (moving != null && UnitTree.of(units.all()).isWithin(parent.code(), moving.code())) {
            throw new InvalidInputException("parentCode", "unit.parent.cycle");
        }
        return parent.id();
    }
}
