package org.sendpmo.api.uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * A multipart/form-data body parsed from its raw bytes with Commons FileUpload's streaming parser.
 * Behind the API Gateway proxy Micronaut cannot bind {@code @Part}s, but it can hand over the body.
 * Text fields are kept; of file fields, the first is kept (with the name the browser sent).
 */
public record MultipartForm(Map<String, String> fields, String fileName, byte[] file) {

    /** The body is not a multipart form this page sent; the message says why. */
    public static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static MultipartForm parse(String contentType, byte[] body) throws Unreadable {
        Map<String, String> fields = new HashMap<>();
        String fileName = null;
        byte[] file = null;
        try {
            FileItemInputIterator items = new RawBodyUpload().getItemIterator(new RawBody(contentType, body));
            while (items.hasNext()) {
                FileItemInput item = items.next();
                try (InputStream in = item.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    if (item.isFormField()) {
                        fields.put(item.getFieldName(), new String(bytes, StandardCharsets.UTF_8));
                    } else if (file == null) {
                        fileName = item.getName() == null ? "" : item.getName();
                        file = bytes;
                    }
                }
            }
        } catch (IOException | IllegalStateException e) {
            throw new Unreadable("The form could not be read (" + e.getMessage() + "). Choose the file again and upload it", e);
        }
        return new MultipartForm(fields, fileName, file);
    }

    /** A file field with a chosen file; browsers send an empty part with no name when none was chosen. */
    public boolean hasFile() {
        return file != null && !(file.length == 0 && fileName.isEmpty());
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    private record RawBody(String contentType, byte[] body) implements RequestContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return body.length;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** The core parser, given a request that is already a {@link RequestContext}. */
    private static final class RawBodyUpload extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {
        @Override
        public FileItemInputIterator getItemIterator(RequestContext request) throws IOException {
            return super.getItemIterator(request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) throws org.apache.commons.fileupload2.core.FileUploadException {
            return super.parseParameterMap(request);
        }

        @Override
        public List<DiskFileItem> parseRequest(RequestContext request) throws org.apache.commons.fileupload2.core.FileUploadException {
            return super.parseRequest(request);
        }
    }
}
