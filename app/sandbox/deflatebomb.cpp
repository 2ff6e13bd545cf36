// SPDX-License-Identifier: MIT
#include "deflatebomb.h"

namespace Dataflow::Sandbox::DeflateBomb {

namespace {

// One fixed-Huffman block (RFC 1951 §3.2.6): a literal ' ', then (length 258, distance 1)
// copies, then end-of-block. 13 bits per 258 bytes.
class BitWriter
{
public:
    void bits(quint32 value, int count) // LSB first
    {
        for (int i = 0; i < count; ++i) {
            m_current |= quint8(((value >> i) & 1u) << m_used);
            if (++m_used == 8)
                flush();
        }
    }
    void huffman(quint32 code, int length) // codes go MSB first
    {
        quint32 reversed = 0;
        for (int i = 0; i < length; ++i)
            reversed |= ((code >> i) & 1u) << (length - 1 - i);
        bits(reversed, length);
    }
    QByteArray finish()
    {
        if (m_used > 0)
            flush();
        return m_out;
    }
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    void flush()
    {
        m_out.append(char(m_current));
        m_current = 0;
        m_used = 0;
    }
    QByteArray m_out;
    quint8 m_current = 0;
    int m_used = 0;
};

qint64 copies(int mebibytes)
{
    return ((qint64(mebibytes) << 20) - 1) / 258;
}

} // namespace

qint64 inflatedSize(int mebibytes)
{
    return 1 + copies(mebibytes) * 258;
}

QByteArray make(int mebibytes)
{
    const qint64 n = copies(mebibytes);
    BitWriter writer;
    writer.reserve(qsizetype(n * 13 / 8 + 16));
    writer.bits(1, 1);               // BFINAL
    writer.bits(1, 2);               // BTYPE 01: fixed Huffman
    writer.huffman(0x30 + ' ', 8);   // literal ' '
    for (qint64 i = 0; i < n; ++i) {
        writer.huffman(0xC0 + 5, 8); // length symbol 285 = 258
        writer.huffman(0, 5);        // distance code 0 = 1
    }
    writer.huffman(0, 7);            // end of block (256)
    const QByteArray deflate = writer.finish();

    // Adler-32 of `size` spaces in closed form: a = 1 + 32·size, b = size + 32·size(size+1)/2.
    const quint64 size = quint64(inflatedSize(mebibytes));
    const quint64 mod = 65521;
    const quint64 a = (1 + 32 * (size % mod)) % mod;
    const quint64 half = (size % 2 == 0) ? (size / 2 % mod) * ((size + 1) % mod) : (size % mod) * ((size + 1) / 2 % mod);
    const quint64 b = (size % mod + 32 * (half % mod)) % mod;
    const quint32 adler = quint32((b << 16) | a);

    QByteArray out;
    out.reserve(deflate.size() + 6);
    out.append(char(0x78)).append(char(0x01)); // zlib header, (0x7801 % 31 == 0)
    out.append(deflate);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((adler >> shift) & 0xff));
    return out;
}

} // namespace Dataflow::Sandbox::DeflateBomb
