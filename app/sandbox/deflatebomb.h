// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Dataflow::Sandbox::DeflateBomb {

/** A zlib ("Content-Encoding: deflate") stream that inflates to `inflatedSize(mebibytes)`
    spaces, about a thousandth of that on the wire; built without holding the inflated data. */
QByteArray make(int mebibytes);
qint64 inflatedSize(int mebibytes);

} // namespace Dataflow::Sandbox::DeflateBomb
