package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.keys.BindingMode;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One verifier shared by threads (and the process-wide context caches) gives every thread the same answers. */
class DataIntegrityConcurrencyTest {

    /** The vectors' issuers are https URLs that nothing here can fetch: their binding is unconfirmed. */
    static final DataIntegrityVerifier LENIENT = DataIntegrityVerifier.builder().keyBinding(BindingMode.LENIENT).build();


    @Test
    @Timeout(60)
    void sharedVerifierIsThreadSafe() throws Exception {
        String dir = "w3c-vc-di-eddsa/";
        List<ObjectNode> good = List.of(json(dir + "eddsa-rdfc-2022/signedDataInt.json"),
                json(dir + "Ed25519Signature2020/signedEdSig.json"), json(dir + "proof-set-chain/signedProofChain2.json"),
                json("ob3-spec/ob-signed-credential.json"));
        ObjectNode bad = json(dir + "eddsa-rdfc-2022/signedDataInt.json");
        bad.put("name", "Forged");
        DataIntegrityVerifier verifier = LENIENT;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                Callable<Boolean> task = () -> n % 5 == 4
                        ? !verifier.verify(bad).verified()
                        : verifier.verify(good.get(n % good.size())).verified();
                results.add(pool.submit(task));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
