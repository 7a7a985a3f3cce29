package io.dutygraph.api;

import io.dutygraph.export.Export;
import io.dutygraph.export.ExportFailedException;
import io.dutygraph.export.Exports;
import io.dutygraph.export.UnknownExportException;
import io.dutygraph.graph.query.UnknownPlanException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of a plan's exports: {@code /export/wujiang-2024/assignments.xlsx}, {@code …/targets.csv},
 * {@code …/network.gexf}; streamed as they are read, named for saving, 404 for an unknown plan or file, 503 for an
 * export that failed reading the graph.
 */
@RestController
class ExportController {

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/export/{plan}/{file:.+}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String plan, @PathVariable String file) {
        Export export = exports.export(plan, file);
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(export.fileName());
        ContentDisposition disposition = ascii ? ContentDisposition.attachment().filename(export.fileName()).build()
                : ContentDisposition.attachment().filename(export.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(export::writeTo);
    }

    @ExceptionHandler({UnknownExportException.class, UnknownPlanException.class})
    ResponseEntity<String> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    /**
     * An export that failed reading the graph, before any byte was sent (an XLSX is sent only once complete): 503
     * with the reason, instead of the file's headers over an error. Once bytes are sent (a long CSV), nothing else
     * can be said: the connection is cut, and the client sees an incomplete download.
     */
    @ExceptionHandler(ExportFailedException.class)
    void failed(ExportFailedException e, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            throw e;
        }
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(e.getMessage());
    }
}
