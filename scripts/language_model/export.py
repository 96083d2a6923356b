# Quantise the model train.py wrote to int8 (one scale per output row), write factdesk's
# file (format: src/extract/score/language/network.rs), check the quantised model ranks the
# dev splits as the full one does, and set the bias shift that makes 0.5 the best-F1
# threshold on CT24 dev + dev-test. The parity lines give the reference logits for the Rust
# test. Run from the repository root: python scripts/language_model/export.py [MODEL] [BENCH]
import io, struct, sys, csv, numpy as np, torch
from safetensors.numpy import load_file
from transformers import AutoTokenizer, AutoModelForSequenceClassification
from sklearn.metrics import average_precision_score, f1_score
torch.set_num_threads(2)
SRC = sys.argv[1] if len(sys.argv) > 1 else 'target/language_model/model'
BENCH = sys.argv[2] if len(sys.argv) > 2 else '../shared/bench/checkworthy/'
OUT = 'src/extract/model/minilm_ct24.bin'
MAXPOS = 128
w = load_file(SRC + '/model.safetensors')
def q(m):  # per-row symmetric int8
    s = np.abs(m).max(axis=1) / 127.0; s[s == 0] = 1.0
    return s.astype(np.float32), np.clip(np.round(m / s[:, None]), -127, 127).astype(np.int8)
order = []
def mat(name): order.append(('m', name))
def vec(name): order.append(('v', name))
E = 'bert.embeddings.'
mat(E + 'word_embeddings.weight'); vec(E + 'position_embeddings.weight'); vec(E + 'token_type_embeddings.weight')
vec(E + 'LayerNorm.weight'); vec(E + 'LayerNorm.bias')
for l in range(6):
    p = f'bert.encoder.layer.{l}.'
    for n in ['attention.self.query', 'attention.self.key', 'attention.self.value', 'attention.output.dense']:
        mat(p + n + '.weight'); vec(p + n + '.bias')
    vec(p + 'attention.output.LayerNorm.weight'); vec(p + 'attention.output.LayerNorm.bias')
    mat(p + 'intermediate.dense.weight'); vec(p + 'intermediate.dense.bias')
    mat(p + 'output.dense.weight'); vec(p + 'output.dense.bias')
    vec(p + 'output.LayerNorm.weight'); vec(p + 'output.LayerNorm.bias')
mat('bert.pooler.dense.weight'); vec('bert.pooler.dense.bias'); vec('classifier.weight'); vec('classifier.bias')
deq = {}
with io.BytesIO() as f:
    f.write(b'FDMINILM1\n')
    f.write(struct.pack('<6I', 30522, 384, 6, 12, 1536, MAXPOS))
    for kind, name in order:
        t = w[name]
        if name.endswith('position_embeddings.weight'): t = t[:MAXPOS]
        if kind == 'm':
            s, d = q(t); f.write(s.tobytes()); f.write(d.tobytes()); deq[name] = d.astype(np.float32) * s[:, None]
        else:
            t = t.astype(np.float32).reshape(-1); f.write(t.tobytes()); deq[name] = w[name]
    blob = f.getvalue()
tok = AutoTokenizer.from_pretrained(SRC)
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
for t in ['The unemployment rate fell to 3.5 percent last year.', 'Thank you very much.', 'Crème brûlée costs $4.50 — “a bargain”, says O\'Neil.']:
    print('parity', repr(t), logits(quant, [t])[0], tok(t)['input_ids'])
