package vn.dangnhap.cas.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The SOAP messages of CAS Protocol 3.0 Appendix / SAML 1.1 ticket validation ({@code /cas/samlValidate}):
 * the application POSTs a SOAP 1.1 envelope holding a SAML 1.1 {@code <samlp:Request>} whose
 * {@code <samlp:AssertionArtifact>} is the service ticket; the answer is a {@code <samlp:Response>}
 * carrying, on success, an unsigned {@code <saml:Assertion>} (SAML 1.1 Core §2, §3) with the
 * principal as {@code NameIdentifier}, the CAS 3.0 attributes in an {@code AttributeStatement} and an
 * {@code AuthenticationStatement}. Read with StAX without DTDs or external entities; written with
 * StAX, which escapes every value.
 */
final class Saml11Messages {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String PROTOCOL = "urn:oasis:names:tc:SAML:1.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:1.0:assertion";
    /** The attribute namespace the Apereo CAS server writes; clients ignore it but expect one. */
    private static final String ATTRIBUTE_NAMESPACE = "http://www.ja-sig.org/products/cas/";
    private static final String ARTIFACT_CONFIRMATION = "urn:oasis:names:tc:SAML:1.0:cm:artifact";
    private static final String UNSPECIFIED_METHOD = "urn:oasis:names:tc:SAML:1.0:am:unspecified";
    /** How long the assertion may be relied on after it was issued (SAML 1.1 Core §2.3.2.1). */
    static final Duration VALIDITY = Duration.ofSeconds(30);

    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        INPUT.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        INPUT.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    }

    private Saml11Messages() {}

    /** What the application asked: the ticket, and the request's id to answer {@code InResponseTo}. */
    record Request(String requestId, String artifact) {}

    /** What the answer says on success. */
    record Assertion(String principal, Map<String, List<String>> attributes, Instant authenticatedAt, String audience) {}

    /** Why a request failed: a SAML 1.1 status code (Core §3.4.3.1) and a message for the log of the application. */
    record Failure(String statusCode, String message) {}

    /** The request in a SOAP body, or empty when there is none a SAML 1.1 request with an artifact. */
    static Optional<Request> read(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            XMLStreamReader xml = INPUT.createXMLStreamReader(new StringReader(body));
            try {
                String requestId = null;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT || !PROTOCOL.equals(xml.getNamespaceURI())) {
                        continue;
                    }
                    if ("Request".equals(xml.getLocalName())) {
                        requestId = xml.getAttributeValue(null, "RequestID");
                    } else if ("AssertionArtifact".equals(xml.getLocalName())) {
                        String artifact = xml.getElementText().strip();
                        return artifact.isEmpty() ? Optional.empty() : Optional.of(new Request(requestId, artifact));
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // Not XML, a DTD, an entity, a truncated document: a malformed request, nothing more.
            return Optional.empty();
        }
    }

    static String success(Request request, Assertion assertion, String issuer, Instant now) {
        return write(request, now, xml -> {
            status(xml, "Success", null);
            xml.writeStartElement("saml", "Assertion", ASSERTION);
            xml.writeAttribute("AssertionID", "_" + UUID.randomUUID().toString().replace("-", ""));
            xml.writeAttribute("IssueInstant", instant(now));
            xml.writeAttribute("Issuer", xmlChars(issuer));
            xml.writeAttribute("MajorVersion", "1");
            xml.writeAttribute("MinorVersion", "1");

            xml.writeStartElement("saml", "Conditions", ASSERTION);
            xml.writeAttribute("NotBefore", instant(now));
            xml.writeAttribute("NotOnOrAfter", instant(now.plus(VALIDITY)));
            xml.writeStartElement("saml", "AudienceRestrictionCondition", ASSERTION);
            text(xml, "Audience", assertion.audience());
            xml.writeEndElement();
            xml.writeEndElement();

            if (!assertion.attributes().isEmpty()) {
                xml.writeStartElement("saml", "AttributeStatement", ASSERTION);
                subject(xml, assertion.principal());
                for (Map.Entry<String, List<String>> attribute : assertion.attributes().entrySet()) {
                    xml.writeStartElement("saml", "Attribute", ASSERTION);
                    xml.writeAttribute("AttributeName", xmlChars(attribute.getKey()));
                    xml.writeAttribute("AttributeNamespace", ATTRIBUTE_NAMESPACE);
                    for (String value : attribute.getValue()) {
                        text(xml, "AttributeValue", value);
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }

            xml.writeStartElement("saml", "AuthenticationStatement", ASSERTION);
            xml.writeAttribute("AuthenticationInstant", instant(assertion.authenticatedAt() == null ? now : assertion.authenticatedAt()));
            xml.writeAttribute("AuthenticationMethod", UNSPECIFIED_METHOD);
            subject(xml, assertion.principal());
            xml.writeEndElement();

            xml.writeEndElement();
        });
    }

    static String failure(Request request, Failure failure, Instant now) {
        return write(request, now, xml -> status(xml, failure.statusCode(), failure.message()));
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Request request, Instant now, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.setPrefix("SOAP-ENV", SOAP);
            xml.setPrefix("samlp", PROTOCOL);
            xml.setPrefix("saml", ASSERTION);
            xml.writeStartElement("SOAP-ENV", "Envelope", SOAP);
            xml.writeNamespace("SOAP-ENV", SOAP);
            xml.writeEmptyElement("SOAP-ENV", "Header", SOAP);
            xml.writeStartElement("SOAP-ENV", "Body", SOAP);
            xml.writeStartElement("samlp", "Response", PROTOCOL);
            xml.writeNamespace("samlp", PROTOCOL);
            xml.writeNamespace("saml", ASSERTION);
            xml.writeAttribute("ResponseID", "_" + UUID.randomUUID().toString().replace("-", ""));
            if (request != null && request.requestId() != null && !request.requestId().isBlank()) {
                xml.writeAttribute("InResponseTo", xmlChars(request.requestId()));
            }
            xml.writeAttribute("IssueInstant", instant(now));
            xml.writeAttribute("MajorVersion", "1");
            xml.writeAttribute("MinorVersion", "1");
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SAML 1.1 response could not be written", e);
        }
        return out.toString();
    }

    /** SAML 1.1 status codes are qualified names in the protocol namespace: {@code samlp:Success}. */
    private static void status(XMLStreamWriter xml, String code, String message) throws XMLStreamException {
        xml.writeStartElement("samlp", "Status", PROTOCOL);
        xml.writeEmptyElement("samlp", "StatusCode", PROTOCOL);
        xml.writeAttribute("Value", "samlp:" + code);
        if (message != null) {
            text(xml, "samlp", "StatusMessage", PROTOCOL, message);
        }
        xml.writeEndElement();
    }

    private static void subject(XMLStreamWriter xml, String principal) throws XMLStreamException {
        xml.writeStartElement("saml", "Subject", ASSERTION);
        text(xml, "NameIdentifier", principal);
        xml.writeStartElement("saml", "SubjectConfirmation", ASSERTION);
        text(xml, "ConfirmationMethod", ARTIFACT_CONFIRMATION);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        text(xml, "saml", name, ASSERTION, value);
    }

    private static void text(XMLStreamWriter xml, String prefix, String name, String namespace, String value)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(xmlChars(value));
        xml.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry at all (controls from a query string) become U+FFFD; the writer escapes the rest. */
    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF) ? c : 0xFFFD));
        return out.toString();
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
