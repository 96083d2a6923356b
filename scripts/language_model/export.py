# Quantise the 6-layer MPNet that train.py wrote to int8 (one scale per output row), write
# factdesk's file (format: src/extract/score/language/network.rs) and its vocabulary, check the
# quantised model ranks the dev splits as the full one does, and set the bias shift that makes
# 0.5 the best-F1 threshold on CT24 dev + dev-test. The parity lines give the reference logits
# for the Rust test. Run from the repository root:
#   python scripts/language_model/export.py [MODEL] [BENCH]
import io, json, struct, sys, csv, numpy as np, torch
from safetensors.numpy import load_file
from transformers import AutoTokenizer, AutoModelForSequenceClassification
from transformers.models.mpnet.modeling_mpnet import MPNetEncoder
from sklearn.metrics import average_precision_score, f1_score
torch.set_num_threads(2)
SRC = sys.argv[1] if len(sys.argv) > 1 else 'target/language_model/model'
BENCH = sys.argv[2] if len(sys.argv) > 2 else '../shared/bench/checkworthy/'
OUT = 'src/extract/model/mpnet6_ct24.bin'
VOCAB = 'src/extract/model/mpnet_vocab.txt'
MAXPOS = 128
cfg = json.load(open(SRC + '/config.json'))
LAYERS, WIDTH, HEADS = cfg['num_hidden_layers'], cfg['hidden_size'], cfg['num_attention_heads']
INNER, BUCKETS, VOCAB_SIZE = cfg['intermediate_size'], cfg['relative_attention_num_buckets'], cfg['vocab_size']
FIRST_POSITION = cfg['pad_token_id'] + 1  # MPNet counts positions from the padding id + 1
w = load_file(SRC + '/model.safetensors')
def q(m):  # per-row symmetric int8
    s = np.abs(m).max(axis=1) / 127.0; s[s == 0] = 1.0
    return s.astype(np.float32), np.clip(np.round(m / s[:, None]), -127, 127).astype(np.int8)
order = []
def mat(name): order.append(('m', name))
def vec(name): order.append(('v', name))
E = 'mpnet.embeddings.'
mat(E + 'word_embeddings.weight'); vec(E + 'position_embeddings.weight')
vec(E + 'LayerNorm.weight'); vec(E + 'LayerNorm.bias')
vec('mpnet.encoder.relative_attention_bias.weight'); order.append(('buckets', None))
for l in range(LAYERS):
    p = f'mpnet.encoder.layer.{l}.'
    for n in ['attention.attn.q', 'attention.attn.k', 'attention.attn.v', 'attention.attn.o']:
        mat(p + n + '.weight'); vec(p + n + '.bias')
    vec(p + 'attention.LayerNorm.weight'); vec(p + 'attention.LayerNorm.bias')
    mat(p + 'intermediate.dense.weight'); vec(p + 'intermediate.dense.bias')
    mat(p + 'output.dense.weight'); vec(p + 'output.dense.bias')
    vec(p + 'output.LayerNorm.weight'); vec(p + 'output.LayerNorm.bias')
mat('classifier.dense.weight'); vec('classifier.dense.bias')
vec('classifier.out_proj.weight'); vec('classifier.out_proj.bias')
deq = {}
with io.BytesIO() as f:
    f.write(b'FDMPNET1\n')
    f.write(struct.pack('<7I', VOCAB_SIZE, WIDTH, LAYERS, HEADS, INNER, MAXPOS, BUCKETS))
    for kind, name in order:
        if kind == 'buckets':  # the bucket of each relative position -(MAXPOS-1)..MAXPOS-1, as MPNet computes it
            rel = torch.arange(-(MAXPOS - 1), MAXPOS)
            f.write(MPNetEncoder.relative_position_bucket(rel, num_buckets=BUCKETS).numpy().astype(np.uint8).tobytes()); continue
        t = w[name]
        if name.endswith('position_embeddings.weight'): t = t[FIRST_POSITION:FIRST_POSITION + MAXPOS]
        if kind == 'm':
            s, d = q(t); f.write(s.tobytes()); f.write(d.tobytes()); deq[name] = d.astype(np.float32) * s[:, None]
        else:
            f.write(t.astype(np.float32).reshape(-1).tobytes()); deq[name] = w[name]
    blob = f.getvalue()
tok = AutoTokenizer.from_pretrained(SRC)
vocab = sorted(tok.get_vocab().items(), key=lambda kv: kv[1])
assert [i for _, i in vocab] == list(range(VOCAB_SIZE)) and all('\n' not in t for t, _ in vocab)
with open(VOCAB, 'w') as f:
    f.write('\n'.join(t for t, _ in vocab) + '\n')
def model_with(weights):
    m = AutoModelForSequenceClassification.from_pretrained(SRC); sd = m.state_dict()
    for k, v in weights.items(): sd[k] = torch.from_numpy(np.ascontiguousarray(v))
    m.load_state_dict(sd); m.eval(); return m
def read(name):
    with open(BENCH + name + '.tsv') as f:
        r = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE); next(r); return [(x[0], int(x[1]), x[2]) for x in r]
def logits(m, texts):
    out = np.zeros(len(texts), np.float32); order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.inference_mode():
        for k in range(0, len(order), 128):
            idx = order[k:k+128]; enc = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=MAXPOS, return_tensors='pt')
            out[idx] = m(**enc).logits[:, 0].numpy()
    return out
full, quant = model_with({}), model_with(deq)
allz, ally = [], []
for name in ['ct24_en_dev', 'ct24_en_devtest']:
    rows = read(name); t = [r[2] for r in rows]; y = np.array([r[1] for r in rows])
    a, b = logits(full, t), logits(quant, t)
    print(name, 'AP full %.4f quant %.4f maxdiff %.3f' % (average_precision_score(y, a), average_precision_score(y, b), np.abs(a-b).max()), flush=True)
    allz.append(b); ally.append(y)
z = np.concatenate(allz); y = np.concatenate(ally)
best = max((f1_score(y, z >= t), t) for t in np.arange(-4, 4, 0.05))
print('dev+devtest best F1 %.3f at logit %.2f' % best)
with open(OUT, 'wb') as f:
    f.write(blob + struct.pack('<f', -round(float(best[1]), 2)))
for t in ['The unemployment rate fell to 3.5 percent last year.', 'Thank you very much.', 'Crème brûlée costs $4.50 — “a bargain”, says O\'Neil.',
          ' '.join(['The deficit grew by 12 percent in 2019, the budget office said.'] * 12)]:
    print('parity', repr(t[:60]), logits(quant, [t])[0], tok(t, truncation=True, max_length=MAXPOS)['input_ids'][:12])
