// SPDX-License-Identifier: MIT
#include "sandboxserver.h"
