package vn.dangnhap.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * For server-rendered pages: a domain exception a page did not handle itself becomes the error
 * page with the message in the user's language and the right status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorMapping {

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        int status = switch (e) {
            case InvalidInputException ignored -> 400;
            case NotFoundException ignored -> 404;
            case ConflictException ignored -> 409;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArgs", e.arguments());
        return "error";
    }
}
