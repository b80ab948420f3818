package vn.dangnhap.directory.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.directory.*}.
 *
 * @param loginDomains the official e-mail domains accepted at login; the first is appended when
 *                     the user types only the local part
 */
@ConfigurationProperties("dangnhap.directory")
public record DirectoryProperties(@DefaultValue("demo.gov.vn") List<String> loginDomains) {}
