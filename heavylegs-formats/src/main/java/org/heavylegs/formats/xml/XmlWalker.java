package org.heavylegs.formats.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.heavylegs.formats.UnreadableFileException;

/**
 * Streams an XML document through the JDK's StAX parser, hardened against hostile input, and hands
 * every element to a {@link Handler} with its path of local names and its text.
 *
 * <p>Hardening: DTD support, external entities and external DTD/schema access are all switched off,
 * and entity references are never replaced. A document that carries a DOCTYPE (where entities would
 * be declared: billion laughs, XXE) or uses any entity reference beyond the five predefined ones is
 * refused as {@link UnreadableFileException.Kind#HOSTILE_XML} before anything is resolved. Nesting
 * deeper than {@link #MAX_DEPTH} and text longer than {@link #MAX_TEXT_CHARS} per element are cut off,
 * so memory stays bounded whatever the input.
 */
final class XmlWalker {

    /** Activity files nest about a dozen levels deep (TCX multisport with extensions). */
    static final int MAX_DEPTH = 100;
    /** Longest element text we keep; every value we read is a short number, time or name. */
    static final int MAX_TEXT_CHARS = 4096;

    /** Receives elements in document order. */
    interface Handler {
        /** An element opened; {@code r} is positioned on it, for its attributes. */
        void start(ElementPath path, XMLStreamReader r);

        /** An element closed; {@code path} still ends with it; {@code text} is its own text, trimmed. */
        void end(ElementPath path, String text);
    }

    /** Where and why a document stopped being well-formed. */
    record Broken(int line, String message) {
    }

    private XmlWalker() {
    }

    static XMLInputFactory hardenedFactory() {
        // The JDK's built-in implementation, whatever else is on the class path.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never fetched: " + systemId);
        });
        return f;
    }

    /**
     * Walks the whole document.
     *
     * @return null when the document was read to its end, else where it broke (the handler has seen
     *         everything before that point)
     * @throws UnreadableFileException HOSTILE_XML for a DOCTYPE or an entity reference
     */
    static Broken walk(String source, byte[] data, Handler handler) throws UnreadableFileException {
        ElementPath path = new ElementPath();
        StringBuilder text = new StringBuilder();
        XMLStreamReader r = null;
        try {
            r = hardenedFactory().createXMLStreamReader(XmlEncoding.reader(data));
            while (hasNext(r)) {
                int event = next(r);
                switch (event) {
                    case XMLStreamConstants.DTD -> throw hostile(source, r,
                            "declares a DTD (<!DOCTYPE ...>); DTDs and entities are never resolved, so the file is refused");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw hostile(source, r,
                            "uses the entity reference &" + r.getLocalName() + "; which is never resolved, so the file is refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.depth() >= MAX_DEPTH) {
                            return new Broken(line(r.getLocation()), "elements nested deeper than " + MAX_DEPTH);
                        }
                        path.push(r.getLocalName());
                        text.setLength(0);
                        handler.start(path, r);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        int room = MAX_TEXT_CHARS - text.length();
                        if (room > 0) {
                            text.append(r.getTextCharacters(), r.getTextStart(), Math.min(room, r.getTextLength()));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        handler.end(path, text.toString().trim());
                        path.pop();
                        text.setLength(0);
                    }
                    default -> {
                        // comments, processing instructions, document start and end: nothing to read
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            return new Broken(line(e.getLocation()), firstLine(e.getMessage()));
        } finally {
            close(r);
        }
    }

    /** The JDK parser signals some malformed input with unchecked exceptions; they mean the same. */
    private static boolean hasNext(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.hasNext();
        } catch (RuntimeException e) {
            throw new XMLStreamException(String.valueOf(e.getMessage()), r.getLocation(), e);
        }
    }

    private static int next(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException(String.valueOf(e.getMessage()), r.getLocation(), e);
        }
    }

    private static UnreadableFileException hostile(String source, XMLStreamReader r, String reason) {
        return UnreadableFileException.atLine(source, UnreadableFileException.Kind.HOSTILE_XML, reason, line(r.getLocation()));
    }

    private static int line(Location location) {
        return location == null || location.getLineNumber() < 1 ? 1 : location.getLineNumber();
    }

    /** The JDK's messages carry "ParseError at [row,col]:[..]" on a first line and the cause after it. */
    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        int m = message.indexOf("Message: ");
        String s = m >= 0 ? message.substring(m + 9) : message;
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // closing an in-memory reader releases nothing we need
            }
        }
    }
}
