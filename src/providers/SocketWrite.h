#pragma once

#include <QByteArrayView>

class QTcpSocket;

namespace providers {

// Hands bytes to the kernel now, when the socket is connected and has nothing queued, instead
// of queueing them for QTcpSocket's next write-ready turn. Under load that turn came after
// every other ready socket of the thread (tens of milliseconds in a burst of 2,000 calls), and
// cost enabling and disabling write notification around it. What the kernel does not take, or
// refuses, goes through QTcpSocket::write as before: errors are signalled as before, from the
// event loop, never from within this call.
void writeNow(QTcpSocket &socket, QByteArrayView bytes);

} // namespace providers
