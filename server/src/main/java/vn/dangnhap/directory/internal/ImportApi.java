package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.shared.InvalidInputException;

/** CSV import of officials over HTTP: the file is the request body. */
@RestController
@Tag(name = "Officials")
class ImportApi {

    private final OfficialCsvImport csvImport;

    ImportApi(OfficialCsvImport csvImport) {
        this.csvImport = csvImport;
    }

    @PostMapping(path = "/api/admin/officials/import", consumes = "text/csv")
    @Operation(summary = "Import officials from CSV",
            description = "Body: UTF-8 CSV (BOM allowed), header email,full_name,phone,unit_code,roles; roles separated "
                    + "by ';'; at most 5,000 rows and 2 MB. By default a file with any invalid row imports nothing (422 with "
                    + "the per-row report); validRowsOnly=true imports the valid rows; dryRun=true only checks (200). "
                    + "Imported officials have no password. Row 1 is the header.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<OfficialCsvImport.Report> importCsv(
            @Parameter(description = "import the valid rows even if others are invalid") @RequestParam(defaultValue = "false") boolean validRowsOnly,
            @Parameter(description = "check only, store nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            ActingAdmin admin, HttpServletRequest request) throws IOException {
        byte[] body = readAtMost(request.getInputStream(), AdminCsvUpload.MAX_BYTES);
        OfficialCsvImport.Report report = csvImport.run(body, new AdminCsvUpload.Options(validRowsOnly, dryRun),
                admin, Locale.ENGLISH);
        return ResponseEntity.status(report.rejected() && !dryRun ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(report);
    }

    /** Reads the body, refusing it once it grows past the limit rather than buffering all of it. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new InvalidInputException("file", "admin.import.too-large", max / (1024 * 1024));
        }
        return bytes;
    }
}
