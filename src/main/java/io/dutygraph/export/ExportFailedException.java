package io.dutygraph.export;

/**
 * An export that failed while it read the graph (a database that stopped answering, a value of an unexpected type
 * in a damaged graph): it names the file and the reason. Whoever writes the export keeps nothing of it — the command
 * line leaves no file, the download answers an error when no byte has been sent.
 */
public class ExportFailedException extends RuntimeException {

    private final String fileName;

    ExportFailedException(String fileName, Throwable cause) {
        super("The export " + fileName + " failed while reading the graph: " + cause.getMessage(), cause);
        this.fileName = fileName;
    }

    /** The file that could not be written ({@code wujiang-2024-assignments.xlsx}). */
    public String fileName() {
        return fileName;
    }
}
