"""The EDS (ЭЦП) core: NCA keys and certificates, trust and revocation, XML signatures.

Modules: :mod:`~kiosk.eds.keystore` (the interface every storage type implements),
:mod:`~kiosk.eds.file_keystore` («Персональный компьютер», PKCS#12), :mod:`~kiosk.eds.certificate`
(the NCA certificate model), :mod:`~kiosk.eds.trust` (trust modes, anchors, chains),
:mod:`~kiosk.eds.revocation` (CRL cache, OCSP), :mod:`~kiosk.eds.validation` (the verdict on a
certificate), :mod:`~kiosk.eds.policy` (settings), :mod:`~kiosk.eds.xmldsig` (NCALayer-style
XML signatures), :mod:`~kiosk.eds.demo_pki` (the demo CA), :mod:`~kiosk.eds.errors`.
No Qt and no SQL here.
"""
