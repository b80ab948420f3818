package vn.dangnhap.credential;

import java.util.List;

/**
 * One password rule a candidate breaks: a message key ({@code password.policy.*}) and its arguments.
 */
public record PasswordRuleBroken(String messageKey, List<Object> arguments) {

    public PasswordRuleBroken {
        arguments = List.copyOf(arguments);
    }

    static PasswordRuleBroken of(String messageKey, Object... arguments) {
        return new PasswordRuleBroken(messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
