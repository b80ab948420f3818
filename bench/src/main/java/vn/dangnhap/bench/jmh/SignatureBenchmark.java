package vn.dangnhap.bench.jmh;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JWT signatures per second on one thread with Nimbus JOSE, the library Spring Security's
 * authorization server signs Dangnhap's tokens with: RS256 (2048-bit key, what every token uses)
 * and ES256 (P-256). A token response signs one access token (and an ID token in the code flow).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

    private JWSSigner rsa;
    private JWSSigner ec;
    private JWTClaimsSet claims;

    @Setup
    public void setUp() throws Exception {
        rsa = new RSASSASigner(new RSAKeyGenerator(2048).keyID("rs").generate());
        ec = new ECDSASigner(new ECKeyGenerator(Curve.P_256).keyID("es").generate());
        claims = new JWTClaimsSet.Builder().issuer("https://dangnhap.example.gov.vn").subject("3f0c5b8e-0000-4000-8000-000000000001")
                .audience("bench-web").claim("scope", "openid profile email").issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 300_000)).jwtID("bench").build();
    }

    @Benchmark
    public String rs256() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rs").type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(rsa);
        return jwt.serialize();
    }

    @Benchmark
    public String es256() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("es").type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(ec);
        return jwt.serialize();
    }
}
