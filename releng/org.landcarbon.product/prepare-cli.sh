#!/usr/bin/env bash
# Build step (pom.xml, after materialize-products): writes the lean command-line runtime's configuration-cli/
# and records its AOT cache with a training run (docs/cli-runtime.md), so that the first command of a freshly
# built product is as fast as the next ones. Usage: prepare-cli.sh PRODUCT_DIR
set -eu
here=$(cd "$1" && pwd)
. "$here/landcarbon-java.sh"
landcarbon_find_java
. "$here/landcarbon-cli.sh"
landcarbon_cli_prepare "$here"
if [ -f "$here/configuration-cli.aot" ]; then
    echo "prepare-cli: configuration-cli/ and AOT cache $(du -m "$here/configuration-cli.aot" | cut -f1) MiB written in $here"
else
    echo "prepare-cli: configuration-cli/ written in $here (no AOT cache: needs Java 25 or newer)"
fi
