#include "providers/RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using providers::RetryPolicy;

// The retry rules of openai-python's _base_client.py (_should_retry, _parse_retry_after_header,
// _calculate_retry_timeout), row for row; the client that applies them is tst_chatclient's.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retriesTheStatusesTheSdkRetries_data();
    void retriesTheStatusesTheSdkRetries();
    void waitsAsTheAnswerAsksOrBacksOff_data();
    void waitsAsTheAnswerAsksOrBacksOff();
};

namespace {

const QDateTime Now(QDate(2026, 5, 4), QTime(12, 0, 0), Qt::UTC);

} // namespace

void TestRetryPolicy::retriesTheStatusesTheSdkRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("shouldRetry"); // x-should-retry, empty: absent
    QTest::addColumn<bool>("retried");
    QTest::newRow("400") << 400 << QByteArray() << false;
    QTest::newRow("401") << 401 << QByteArray() << false;
    QTest::newRow("403") << 403 << QByteArray() << false;
    QTest::newRow("404") << 404 << QByteArray() << false;
    QTest::newRow("408") << 408 << QByteArray() << true;
    QTest::newRow("409") << 409 << QByteArray() << true;
    QTest::newRow("413") << 413 << QByteArray() << false;
    QTest::newRow("422") << 422 << QByteArray() << false;
    QTest::newRow("429") << 429 << QByteArray() << true;
    QTest::newRow("500") << 500 << QByteArray() << true;
    QTest::newRow("502") << 502 << QByteArray() << true;
    QTest::newRow("503") << 503 << QByteArray() << true;
    QTest::newRow("504") << 504 << QByteArray() << true;
    QTest::newRow("429, x-should-retry false") << 429 << QByteArray("false") << false;
    QTest::newRow("500, x-should-retry false") << 500 << QByteArray("false") << false;
    QTest::newRow("400, x-should-retry true") << 400 << QByteArray("true") << true;
    QTest::newRow("400, x-should-retry other") << 400 << QByteArray("True") << false; // the SDK compares exactly
}

void TestRetryPolicy::retriesTheStatusesTheSdkRetries()
{
    QFETCH(int, status);
    QFETCH(QByteArray, shouldRetry);
    QFETCH(bool, retried);
    net::HttpHeaders headers;
    if (!shouldRetry.isEmpty())
        headers.set("X-Should-Retry", shouldRetry);
    QCOMPARE(RetryPolicy::retriesStatus(status, headers), retried);
}

void TestRetryPolicy::waitsAsTheAnswerAsksOrBacksOff_data()
{
    QTest::addColumn<QByteArray>("retryAfterMs"); // empty: absent
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("retriesTaken");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("delayMs");

    const QByteArray none;
    // What the answer asks, when more than 0 and at most 60 s: exactly that, no jitter.
    QTest::newRow("retry-after 2") << none << QByteArray("2") << 0 << 0.9 << 2000;
    QTest::newRow("retry-after 0.5 (a float)") << none << QByteArray("0.5") << 1 << 0.9 << 500;
    QTest::newRow("retry-after 60") << none << QByteArray("60") << 0 << 0.0 << 60'000;
    QTest::newRow("retry-after-ms 120") << QByteArray("120") << none << 0 << 0.9 << 120;
    QTest::newRow("retry-after-ms 12.5") << QByteArray("12.5") << none << 0 << 0.9 << 13;
    QTest::newRow("retry-after-ms wins over retry-after") << QByteArray("120") << QByteArray("1") << 0 << 0.9 << 120;
    QTest::newRow("retry-after as an HTTP date")
        << none << QByteArray("Mon, 04 May 2026 12:00:07 GMT") << 0 << 0.9 << 7000;
    // Else the backoff: 0.5 s x 2^retries, at most 8 s, times 1 - 0.25 x random.
    QTest::newRow("no header, first retry") << none << none << 0 << 0.0 << 500;
    QTest::newRow("no header, first retry, most jitter") << none << none << 0 << 1.0 << 375;
    QTest::newRow("no header, second retry") << none << none << 1 << 0.0 << 1000;
    QTest::newRow("no header, second retry, half jitter") << none << none << 1 << 0.5 << 875;
    QTest::newRow("no header, fifth retry: at most 8 s") << none << none << 4 << 0.0 << 8000;
    QTest::newRow("no header, tenth retry") << none << none << 9 << 1.0 << 6000;
    QTest::newRow("retry-after over 60 s") << none << QByteArray("120") << 0 << 0.0 << 500;
    QTest::newRow("retry-after 0") << none << QByteArray("0") << 1 << 0.0 << 1000;
    QTest::newRow("retry-after negative") << none << QByteArray("-3") << 0 << 0.0 << 500;
    QTest::newRow("retry-after not a number or date") << none << QByteArray("soon") << 0 << 0.0 << 500;
    QTest::newRow("an HTTP date past") << none << QByteArray("Mon, 04 May 2026 11:59:00 GMT") << 0 << 0.0 << 500;
    // The first header that parses decides, as in the SDK: retry-after-ms out of range means
    // the backoff, whatever retry-after says.
    QTest::newRow("retry-after-ms out of range") << QByteArray("61000") << QByteArray("2") << 0 << 0.0 << 500;
    QTest::newRow("retry-after-ms unreadable: retry-after") << QByteArray("x") << QByteArray("2") << 0 << 0.0 << 2000;
}

void TestRetryPolicy::waitsAsTheAnswerAsksOrBacksOff()
{
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, retriesTaken);
    QFETCH(double, random);
    QFETCH(int, delayMs);
    net::HttpHeaders headers;
    if (!retryAfterMs.isEmpty())
        headers.set("retry-after-ms", retryAfterMs);
    if (!retryAfter.isEmpty())
        headers.set("Retry-After", retryAfter);
    QCOMPARE(RetryPolicy().delayMs(retriesTaken, headers, random, Now), delayMs);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
