package vn.dangnhap.shared;

import java.util.List;

/**
 * Base of the few domain exceptions every module throws. Each carries a message key (resolved
 * in Vietnamese or English for pages; in English for the API's RFC 9457 problem details) and
 * the key's arguments. Mapped to HTTP once, in {@code shared.internal.ProblemMapping}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
