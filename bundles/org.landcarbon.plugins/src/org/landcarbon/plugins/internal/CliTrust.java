package org.landcarbon.plugins.internal;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * Answers p2's trust question on the command line, where nobody can be asked: unsigned content is installed
 * only with {@code --accept-unsigned}, content signed by a signer not yet trusted never (use the workbench's
 * Install New Software to review certificates). What was refused is kept for the error message.
 */
final class CliTrust extends UIServices {

    private final boolean acceptUnsigned;
    private final List<String> refused = new ArrayList<>();

    CliTrust(boolean acceptUnsigned) {
        this.acceptUnsigned = acceptUnsigned;
    }

    List<String> refused() {
        return refused;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null; // no prompt: p2 reports the authentication failure
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        boolean unsigned = unsignedDetail != null && unsignedDetail.length > 0;
        if (unsigned && !acceptUnsigned) {
            refused.addAll(Arrays.asList(unsignedDetail));
        }
        if (untrustedChains != null && untrustedChains.length > 0) {
            refused.add(untrustedChains.length + " signer certificate(s) not yet trusted");
        }
        return new TrustInfo(new Certificate[0], false, acceptUnsigned);
    }
}
