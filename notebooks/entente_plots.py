"""Plot helpers shared by the Entente notebooks: read the job's Parquet tables, pick rows, draw.

Every measure charted here is a column the job wrote (share, rolling_mean, is_spike, change_prev,
npmi, cooperation_index...). The helpers select, sum counts over periods and lay out; they never
recompute a measure of the job. Needs: pandas, pyarrow, matplotlib, networkx (requirements.txt).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pyarrow.parquet as pq

REPO_ROOT = Path(__file__).resolve().parents[1]
SPIKE_COLOR = "#d62728"
OTHER_REGION = "other"
MISSING_COLOR = "#cccccc"
DIVERGING = {"RdBu", "RdBu_r", "coolwarm", "PiYG", "BrBG"}


# ---------------------------------------------------------------------------------------- reading


def read_table(output_path, name, columns=None):
    """Reads one output table (a folder of Parquet files) into pandas, date columns as datetime64."""
    df = pq.read_table(os.path.join(str(output_path), name), columns=columns).to_pandas()
    for col in ("period_start", "date"):
        if col in df.columns:
            df[col] = pd.to_datetime(df[col])
    return df


def read_manifest(output_path):
    """The run's `_manifest.json` as a dict."""
    with open(os.path.join(str(output_path), "_manifest.json"), encoding="utf-8") as f:
        return json.load(f)


def bloc_members(output_path):
    """Bloc id -> sorted member ISO3 codes, from the run's `regions` table (the member lists the
    job computed its region tables with)."""
    regions = read_table(output_path, "regions", columns=["region", "country"])
    return {
        region: sorted(group["country"].tolist())
        for region, group in regions.groupby("region", sort=True)
    }


# -------------------------------------------------------------------------------------- selecting


def in_periods(df, first=None, last=None):
    """Rows with first <= period <= last (ISO labels of one granularity sort as text)."""
    keep = pd.Series(True, index=df.index)
    if first:
        keep &= df["period"] >= first
    if last:
        keep &= df["period"] <= last
    return df[keep]


def partners_of(pairs, country):
    """Rows of a pair table (country_a < country_b) that involve `country`, plus `partner`."""
    rows = pairs[(pairs["country_a"] == country) | (pairs["country_b"] == country)].copy()
    rows["partner"] = rows["country_b"].where(rows["country_a"] == country, rows["country_a"])
    return rows


def pair_rows(pairs, a, b):
    """Rows of the pair {a, b}, whichever order it is given in."""
    lo, hi = sorted((a, b))
    return pairs[(pairs["country_a"] == lo) & (pairs["country_b"] == hi)]


def top_by_total(df, key, value, n):
    """The n keys with the largest positive sum of `value`, ties broken by key ascending."""
    totals = df.groupby(key)[value].sum()
    totals = totals[totals > 0].reset_index()
    totals = totals.sort_values([value, key], ascending=[False, True], kind="mergesort")
    return list(totals[key].head(n))


def risers_fallers(trends, key, period, n=5):
    """The n largest rises and falls of `change_prev` (the job's column) in one period.

    Returns (risers, fallers): rows with key, share, change_prev, change_yoy; risers have
    change_prev > 0 sorted descending, fallers change_prev < 0 sorted ascending, ties by key.
    """
    cols = [key, "share", "change_prev", "change_yoy"]
    rows = trends[(trends["period"] == period) & trends["change_prev"].notna()][cols]
    risers = rows[rows["change_prev"] > 0].sort_values(
        ["change_prev", key], ascending=[False, True], kind="mergesort")
    fallers = rows[rows["change_prev"] < 0].sort_values(
        ["change_prev", key], ascending=[True, True], kind="mergesort")
    return risers.head(n).reset_index(drop=True), fallers.head(n).reset_index(drop=True)


def matrix(df, row, col, value, rows=None, cols=None, agg="sum"):
    """Pivot of `value` with the given row and column order; missing cells are 0 for sums, NaN else."""
    mat = df.pivot_table(index=row, columns=col, values=value, aggfunc=agg, dropna=False)
    if rows is not None:
        mat = mat.reindex(index=rows)
    if cols is not None:
        mat = mat.reindex(columns=cols)
    mat = mat.astype(float)
    return mat.fillna(0.0) if agg == "sum" else mat


def both_orders(pairs):
    """A pair table with each row twice, as (country_a, country_b) and swapped, for matrices."""
    swapped = pairs.rename(columns={"country_a": "country_b", "country_b": "country_a"})
    return pd.concat([pairs, swapped[pairs.columns]], ignore_index=True)


def pair_matrix(pairs, rows, cols, value, agg="sum"):
    """Matrix rows x cols of `value` over the pairs (either order); a country with itself is NaN."""
    mat = matrix(both_orders(pairs), "country_a", "country_b", value, rows=rows, cols=cols, agg=agg)
    for c in set(rows) & set(cols):
        mat.loc[c, c] = np.nan
    return mat


def pair_summary(pairs):
    """Per pair over the rows given: articles summed, npmi averaged over the periods where the job
    wrote one (npmi is null below minPairSupport), and how many such periods there were."""
    g = pairs.groupby(["country_a", "country_b"])
    out = g.agg(articles=("articles", "sum"), npmi=("npmi", "mean"), npmi_periods=("npmi", "count"))
    return out.reset_index()


def region_of(country, members, regions):
    """The first of `regions` that has `country` as a member, or OTHER_REGION."""
    for region in regions:
        if country in members.get(region, ()):
            return region
    return OTHER_REGION


# ---------------------------------------------------------------------------------------- drawing


def plot_trend(ax, series, label=None, color=None, label_spikes=True):
    """One key's series: share (thin line), rolling_mean (thick, carries the legend label), spikes
    (dots outlined in red, labelled with their period).

    `series` holds one key's rows of a trend table. Returns the number of spikes marked.
    """
    s = series.sort_values("period_start")
    (line,) = ax.plot(s["period_start"], s["share"], lw=1, marker=".", color=color, alpha=0.6,
                      label="_nolegend_")
    ax.plot(s["period_start"], s["rolling_mean"], lw=2.2, color=line.get_color(),
            label=label or "rolling mean")
    spikes = s[s["is_spike"]]
    ax.scatter(spikes["period_start"], spikes["share"], s=70, color=line.get_color(),
               edgecolors=SPIKE_COLOR, linewidths=2, zorder=3, label="_nolegend_")
    if label_spikes:
        for _, r in spikes.iterrows():
            ax.annotate(r["period"], (r["period_start"], r["share"]), xytext=(4, 4),
                        textcoords="offset points", fontsize=7, color=SPIKE_COLOR)
    ax.set_ylim(bottom=0)
    return len(spikes)


def small_multiples(df, key, keys, ncols=3, title=None):
    """A grid of plot_trend panels, one per key, sharing the y axis."""
    nrows = max(1, -(-len(keys) // ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4 * ncols, 2.6 * nrows), sharex=True,
                             sharey=True, squeeze=False)
    for ax, k in zip(axes.flat, keys):
        plot_trend(ax, df[df[key] == k])
        ax.set_title(k, fontsize=9)
    for ax in list(axes.flat)[len(keys):]:
        ax.set_visible(False)
    fig.autofmt_xdate()
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def heatmap(ax, mat, cmap="Blues", vmin=None, vmax=None, fmt="{:.0f}", cbar_label=None):
    """Draws a DataFrame as a heatmap with its labels; annotates non-NaN cells with fmt.

    An empty frame draws a "no data" note instead (and returns None).
    """
    if mat.empty:
        ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return None
    values = mat.to_numpy(dtype=float)
    colors = plt.get_cmap(cmap).with_extremes(bad=MISSING_COLOR)
    img = ax.imshow(np.ma.masked_invalid(values), cmap=colors, vmin=vmin, vmax=vmax, aspect="auto")
    ax.set_xticks(range(mat.shape[1]), [str(c) for c in mat.columns], rotation=60, ha="right",
                  fontsize=8)
    ax.set_yticks(range(mat.shape[0]), [str(r) for r in mat.index], fontsize=8)
    if fmt:
        for (i, j), v in np.ndenumerate(values):
            if not np.isnan(v):
                dark = abs(img.norm(v) - 0.5) > 0.3 if cmap in DIVERGING else img.norm(v) > 0.6
                ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=7,
                        color="white" if dark else "black")
    cbar = ax.figure.colorbar(img, ax=ax, fraction=0.04)
    if cbar_label:
        cbar.set_label(cbar_label)
    return img


def node_sizes(mentions, smallest=80, largest=1500):
    """Marker areas proportional to mentions, scaled so the largest gets `largest`."""
    m = np.asarray(mentions, dtype=float)
    top = m.max() if len(m) and m.max() > 0 else 1.0
    return np.maximum(smallest, largest * m / top)


def draw_network(ax, nodes, edges, palette, seed=7):
    """Co-occurrence network: nodes (country, mentions, region), edges (country_a, country_b, npmi).

    Node area follows mentions, edge width and darkness follow npmi, colour follows region
    (palette: region -> colour). Layout: seeded spring layout weighted by npmi. Returns the graph.
    """
    import networkx as nx

    g = nx.Graph()
    for r in nodes.itertuples():
        g.add_node(r.country, mentions=r.mentions, region=r.region)
    for r in edges.itertuples():
        g.add_edge(r.country_a, r.country_b, npmi=r.npmi)
    pos = nx.spring_layout(g, weight="npmi", seed=seed)
    order = list(g.nodes)
    widths = [0.5 + 4 * max(g.edges[e]["npmi"], 0) for e in g.edges]
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#555555", alpha=0.5)
    nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=order,
                           node_size=node_sizes([g.nodes[n]["mentions"] for n in order]),
                           node_color=[palette.get(g.nodes[n]["region"], "#bbbbbb")
                                       for n in order])
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=8)
    ax.legend(handles=[plt.Line2D([], [], ls="", marker="o", color=c, label=r)
                       for r, c in palette.items()], fontsize=8, loc="lower left")
    ax.axis("off")
    return g


def paired_barh(ax, values, labels, colors=("#9ecae1", "#08519c")):
    """Horizontal bars, two per row: values is a frame with two columns (first drawn on top),
    rows drawn from the bottom up in the frame's order; labels name the two columns."""
    y = np.arange(len(values))
    for offset, col, label, color in zip((0.2, -0.2), values.columns, labels, colors):
        ax.barh(y + offset, values[col], height=0.4, label=label, color=color)
    ax.set_yticks(y, [str(i) for i in values.index])
    ax.legend(fontsize=8)


# ------------------------------------------------------------------------------ saving, recording


def save_figure(fig, figures_dir, name):
    """Saves fig as figures_dir/name.png when figures_dir is set; returns the path or None."""
    if not figures_dir:
        return None
    os.makedirs(figures_dir, exist_ok=True)
    path = os.path.join(str(figures_dir), f"{name}.png")
    fig.savefig(path, dpi=90, bbox_inches="tight")
    return path


def show(fig, figures_dir, name):
    """Saves the figure (see save_figure) and shows it inline once."""
    path = save_figure(fig, figures_dir, name)
    plt.show()
    plt.close(fig)
    return path


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def record(figures_dir, notebook, numbers):
    """Prints the notebook's key numbers and writes them to figures_dir/<notebook>.json if set.

    The file also gets `python_prefix` (the kernel's sys.prefix), so a caller can check which
    environment ran the notebook. Returns what the file holds.
    """
    print(json.dumps(numbers, indent=2, sort_keys=True, default=_plain))
    text = json.dumps(dict(numbers, python_prefix=sys.prefix), indent=2, sort_keys=True,
                      default=_plain)
    if figures_dir:
        os.makedirs(figures_dir, exist_ok=True)
        with open(os.path.join(str(figures_dir), f"{notebook}.json"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return json.loads(text)
