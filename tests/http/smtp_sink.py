"""A real SMTP server on loopback for tests that send mail (aiosmtpd, Debian's python3-aiosmtpd):
a free port, and a handler that keeps every message it is given."""

import socket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Collect:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"
