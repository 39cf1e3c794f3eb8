"""Which ``Host`` headers ``kg serve`` answers: a defence against DNS rebinding.

A web page on another site can make the browser resolve a name it controls
to 127.0.0.1 and then read from a server on loopback as if it were that
site. Such a request carries the attacker's name in its ``Host`` header, so
the endpoint answers only requests whose ``Host`` is an IP address it is
reachable at (loopback, the address it listens on, any address when it
listens on all of them) or a name it was told about (``localhost`` and the
names given with ``kg serve --allow-host``).

Example:
    >>> allowed = HostCheck("127.0.0.1")
    >>> allowed("localhost:7878"), allowed("127.0.0.1:7878"), allowed("[::1]:7878")
    (True, True, True)
    >>> allowed("rebind.attacker.example:7878")
    False
    >>> HostCheck("127.0.0.1", names=("kg.internal",))("KG.internal")
    True
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

__all__ = ["HostCheck", "host_name"]


def host_name(header: str) -> str:
    """The host of a ``Host`` header without its port, lower-case (``[::1]:80`` → ``::1``)."""
    text = header.strip().lower()
    if text.startswith("["):
        return text[1:].split("]", 1)[0]
    if text.count(":") == 1:
        return text.split(":", 1)[0]
    return text


class HostCheck:
    """Whether a ``Host`` header names this server (see the module's docstring)."""

    def __init__(self, bound: str, names: Iterable[str] = ()) -> None:
        self.names = {"localhost", *(name.strip().lower().rstrip(".") for name in names)}
        self.bound = host_name(bound)
        try:
            address = ipaddress.ip_address(self.bound)
        except ValueError:
            self.names.add(self.bound)  # bound by name: that name is fine
            self.wildcard = False
        else:
            self.wildcard = address.is_unspecified

    def __call__(self, header: str | None) -> bool:
        """True when a request with this ``Host`` header may be answered (no header: HTTP/1.0)."""
        if header is None:
            return True
        name = host_name(header).rstrip(".")
        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            return name in self.names
        return self.wildcard or address.is_loopback or name == self.bound
