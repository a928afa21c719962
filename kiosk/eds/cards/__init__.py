"""EDS on a national ID card or a Kaztoken: PC/SC readers, card profiles, APDUs and PKCS#11.

Modules, bottom up:

- :mod:`~kiosk.eds.cards.errors` — card-specific errors (subclasses of :mod:`kiosk.eds.errors`);
- :mod:`~kiosk.eds.cards.atr` — ATRs and ATR patterns;
- :mod:`~kiosk.eds.cards.profiles` — per-card-type profiles (``profiles.toml`` + an override file);
- :mod:`~kiosk.eds.cards.apdu` — command/response APDUs and status words (ISO/IEC 7816-4);
- :mod:`~kiosk.eds.cards.worker` — the one card thread, ``run_in_card_thread`` / ``assert_in_card_thread``;
- :mod:`~kiosk.eds.cards.pcsc` — PC/SC through pyscard: readers, connections, error mapping;
- :mod:`~kiosk.eds.cards.applet` — the host side of the card's signing application (7816-4/-8);
- :mod:`~kiosk.eds.cards.card_keystore` — :class:`~kiosk.eds.keystore.KeyStore` over PC/SC;
- :mod:`~kiosk.eds.cards.pkcs11_keystore` — :class:`~kiosk.eds.keystore.KeyStore` over PyKCS11;
- :mod:`~kiosk.eds.cards.monitor` — reader and card insert/remove events;
- :mod:`~kiosk.eds.cards.handler` — what the UI implements ("insert your card", "enter PIN"…);
- :mod:`~kiosk.eds.cards.session` — the prompting flow over a handler (wait for a card, PIN retries);
- :mod:`~kiosk.eds.cards.inventory` — readers, cards and keys at a glance (``kiosk eds cards``).

No Qt here: the UI implements :class:`~kiosk.eds.cards.handler.CardHandler` and subscribes to
:class:`~kiosk.eds.cards.monitor.CardMonitor`, marshalling calls onto its own thread.
"""
