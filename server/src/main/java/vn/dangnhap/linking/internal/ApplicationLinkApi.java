package vn.dangnhap.linking.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.shared.NotFoundException;

/**
 * The application's side of account links. The caller is the application itself (a
 * client-credentials token: {@code sub} = {@code client_id}); to link an official it also sends,
 * in {@code X-User-Token}, an access token this server issued to the same application for that
 * official — so the official signed in to both sides, and the application vouches that the
 * account name is theirs. An application sees and removes only its own links.
 */
@RestController
@RequestMapping("/api/links")
@Tag(name = "Account links (applications)", description = "Called by connected applications with their client credentials")
class ApplicationLinkApi {

    static final String USER_TOKEN = "X-User-Token";

    private final AccountLinks links;
    private final JwtDecoder tokens;

    ApplicationLinkApi(AccountLinks links, JwtDecoder tokens) {
        this.links = links;
        this.tokens = tokens;
    }

    /** A link as the application sees it: {@code sub} is the official's stable OIDC subject. */
    record LinkView(UUID id, String sub, String applicationAccount, AppLink.Status status, AppLink.Origin origin,
                    Instant createdAt) {

        static LinkView of(AppLink l) {
            return new LinkView(l.id(), l.accountId().toString(), l.applicationAccount(), l.status(), l.origin(), l.createdAt());
        }
    }

    record LinkRequest(String applicationAccount) {}

    @GetMapping
    @Operation(summary = "This application's links (active and pending)")
    List<LinkView> list(@AuthenticationPrincipal Jwt caller) {
        return links.search(null, application(caller), null).stream().map(LinkView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Link the official of X-User-Token: 201 created ACTIVE; 200 when a pending link with this name "
            + "was confirmed or the link already existed; 409 when the name is someone else's or the official has "
            + "another link; 403 when the user token was not issued to this application")
    ResponseEntity<LinkView> link(@AuthenticationPrincipal Jwt caller, @RequestHeader(USER_TOKEN) String userToken,
                                  @RequestBody LinkRequest body) {
        String application = application(caller);
        UUID official = official(userToken, application);
        boolean existed = links.linkOf(official, application).isPresent();
        AppLink link = links.linkByApplication(official, application, body.applicationAccount(), application);
        LinkView view = LinkView.of(link);
        return existed ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/links/" + link.id())).body(view);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove one of this application's links (204); 404 for another application's link")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
        String application = application(caller);
        AppLink link = links.find(id).filter(l -> l.applicationCode().equals(application))
                .orElseThrow(() -> new NotFoundException("link.not-found"));
        links.remove(link.id(), application);
        return ResponseEntity.noContent().build();
    }

    /** The calling application: only its own client-credentials token, never a user's token, is accepted. */
    private static String application(Jwt caller) {
        String clientId = caller.getClaimAsString("client_id");
        if (clientId == null || !clientId.equals(caller.getSubject())) {
            throw new AccessDeniedException("a client-credentials token of the application is required");
        }
        return clientId;
    }

    /** The official the user token was issued for, if it was issued to this application. */
    private UUID official(String userToken, String application) {
        Jwt token;
        try {
            token = tokens.decode(userToken);
        } catch (JwtException e) {
            throw new AccessDeniedException("the user token is not valid");
        }
        if (!application.equals(token.getClaimAsString("client_id"))) {
            throw new AccessDeniedException("the user token was issued to another application");
        }
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AccessDeniedException("the user token does not name an official");
        }
    }
}
