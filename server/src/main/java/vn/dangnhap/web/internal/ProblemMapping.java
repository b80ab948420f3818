package vn.dangnhap.web.internal;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * Maps the domain exceptions to RFC 9457 problem details for every REST controller. The API
 * speaks English: the detail is the message key resolved in the English bundle.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before PageErrorMapping: a @RestController is also a @Controller, and must never get the HTML error page.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemMapping {

    private final MessageSource messages;

    ProblemMapping(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = switch (e) {
            case InvalidInputException ignored -> HttpStatus.BAD_REQUEST;
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case ConflictException ignored -> HttpStatus.CONFLICT;
        };
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:dangnhap:problem:" + e.messageKey()));
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty("field", invalid.field());
        }
        return ResponseEntity.status(status).body(problem);
    }

    /** Malformed JSON, a value of the wrong type in the body, or no body at all: the client's fault, 400. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return badRequest("request.unreadable", "The request body is missing or is not valid JSON of the expected shape.", null);
    }

    /** A path or query parameter of the wrong type (a malformed id, a number that is not one). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("request.parameter.invalid", "The parameter '" + e.getName() + "' is not valid.", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return badRequest("request.parameter.missing", "The parameter '" + e.getParameterName() + "' is required.",
                e.getParameterName());
    }

    private static ResponseEntity<ProblemDetail> badRequest(String key, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("urn:dangnhap:problem:" + key));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
