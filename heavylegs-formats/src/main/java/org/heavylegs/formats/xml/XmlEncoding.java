package org.heavylegs.formats.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML document's bytes ourselves, so that bytes which are not valid in its encoding
 * become U+FFFD instead of stopping the parse (a damaged name must not cost the samples after it;
 * a damaged number still fails to parse and is counted). It also keeps the JDK parser from
 * printing "[Fatal Error]" lines to stderr, which it does for such bytes. The encoding comes from
 * the byte-order mark, else from the XML declaration, else UTF-8 (XML 1.0, appendix F).
 */
final class XmlEncoding {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {
    }

    static Reader reader(byte[] data) {
        int skip = 0;
        Charset cs;
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(data, 0xFE, 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(data, 0xFF, 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(data, 0x3C, 0x00, 0x3F, 0x00)) {
            cs = StandardCharsets.UTF_16LE;
        } else if (startsWith(data, 0x00, 0x3C, 0x00, 0x3F)) {
            cs = StandardCharsets.UTF_16BE;
        } else {
            cs = declared(data);
        }
        return new InputStreamReader(new ByteArrayInputStream(data, skip, data.length - skip),
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static Charset declared(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            try {
                Charset cs = Charset.forName(m.group(1));
                // A declaration read as single bytes cannot be UTF-16/32: without a BOM those start differently.
                if (!cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
                    return cs;
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an encoding we do not have: UTF-8 reads the markup, and numbers are ASCII
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
