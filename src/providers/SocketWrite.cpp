#include "providers/SocketWrite.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace providers {

void writeNow(QTcpSocket &socket, QByteArrayView bytes)
{
    qsizetype sent = 0;
    if (socket.state() == QAbstractSocket::ConnectedState && socket.bytesToWrite() == 0) {
        const ssize_t n = ::send(int(socket.socketDescriptor()), bytes.data(), size_t(bytes.size()),
                                 MSG_DONTWAIT | MSG_NOSIGNAL);
        sent = qMax<qsizetype>(0, n);
    }
    if (sent < bytes.size())
        socket.write(bytes.data() + sent, bytes.size() - sent);
}

} // namespace providers
