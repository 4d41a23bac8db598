# ruff: noqa: E731  (a part's helper, written blind)
"""Case generator for holdout49: invented sites and chrome wording laid around the invented documents."""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _docs import DOCS  # noqa: E402

# style -> (site, host, kind of site, header chrome lines, footer chrome lines)
SITES = {
 "范文站": [("咸风范文苑", "xianfengfw.com", "m 咸风范文苑·落笔有据", "m 位置：首页 ＞ 实用文书 ＞ 单位公文", "a ［整篇复制］　［存成Word］　［放进收藏夹］", "l 同栏目还有：", "l 渔港防台风工作预案（三篇）", "d 文章由会员投递，观点不代表本苑立场；若涉权属问题请邮件至 jubao@xianfengfw.com。", "m 咸风范文苑 版权所有 浙ICP备20417733号"),
           ("墨砚公文坊", "moyangwf.cn", "m 墨砚公文坊——机关笔杆子的案头书", "m 您在：墨砚公文坊 / 公文大全 / 正文", "a 字号：放大｜缩小　　☆收藏　　⇩另存为文档", "l 本周阅读榜 TOP5", "l 村级财务公开自查报告", "d 温馨提示：范文仅作写作思路参考，请勿原文照搬。", "m © 2019-2025 moyangwf.cn　闽ICP备19088214号-3")],
 "文库预览": [("潮汐文库", "wk.chaoxi.net", "m 潮汐文库 - 海量文档在线预览", "m 文档分类：行业资料 › 农林牧渔", "a 全文共6页，当前预览前4页　｜　★收藏　｜　举报", "l 看了本文的人还看了", "l 盐田生产台账（模板）.xls", "a 预览结束，余下内容需用2个潮汐币兑换后查看", "d 本文档为用户自行上传，潮汐文库仅提供存储空间，如发现侵权请联系平台删除。"),
          ("青简文库", "qingjian-doc.com", "m 青简文库｜学习资料共享平台", "m 贡献者：松下问童　　浏览量：1283　　下载券：3", "a 〈下载此文档〉〈加入我的书架〉〈分享给好友〉", "l 相关文档推荐", "l 合作社年终分红方案范本.docx", "a 开通青简会员，全站文档免费下载、无广告阅读", "d 青简文库所有资源均来源于网友分享，仅供个人学习研究使用。")],
 "政府门户": [("澄滩县人民政府门户网站", "www.chengtan.gov.cn", "m 澄滩县人民政府　　政务公开", "m 当前所处位置：首页 > 政务公开 > 部门文件", "a 【字体：特大 大 标准】【打印此页】【关闭窗口】", "l 上一条：县盐务管理站2024年政府信息公开年报", "l 下一条：澄滩县海洋渔业安全生产月活动安排", "m 主办单位：澄滩县人民政府办公室　网站标识码：3307990012", "m 浙公网安备 33079902000871号　　ICP备案：浙ICP备05021986号")],
 "新闻门户": [("岚江新闻网", "www.lanjiangnews.cn", "m 岚江新闻网　有温度的本地资讯", "m 首页 ｜ 本地 ｜ 民生 ｜ 视频 ｜ 专题", "a 分享至：微博 ｜ 朋友圈 ｜ 复制链接", "l 热门点击", "l 岚江大桥夜间封闭施工的通告", "m 岚江日报社主管主办　新闻热线：0579-6689110", "d 未经书面授权，禁止转载本网原创稿件，违者必究。")],
 "论坛": [("滩涂人家论坛", "bbs.tantu.cc", "m 滩涂人家论坛 » 海边生活 » 生产经验交流", "m 楼主：晒盐老把式　　|　只看该作者　|　倒序浏览", "a 【回复】【引用】【举报】【收藏本帖】", "l 本版精华帖：", "l 老盐工聊聊五十年前怎么晒盐", "m 滩涂人家论坛 Powered by BBSWave 3.2", "d 论坛言论仅代表发帖人观点，与本站无关。")],
 "博客": [("听潮小筑", "tingchao.blogsite.net", "m 听潮小筑｜一个基层水文人的笔记", "m 分类：工作札记　　标签：水文 测站", "a 喜欢就点个 ♥ 吧", "l « 上一篇：雨季值班那些事", "l 下一篇：测流船的保养 »", "l 读者留言（7）", "m 本博客采用 WaveBlog 主题搭建")],
 "公众号镜像": [("微文存档站", "wx.cundang.net", "m 微文存档站 · 公众号文章备份", "m 原文发布于公众号「蜜语蔚岙」", "a 轻触此处即可收听全文", "l 往期精彩回顾", "l 夏季蜂群管理五要点", "a 原文链接 ｜ 点个“在看”让更多人看到", "d 本站仅作存档，版权归原公众号所有。")],
 "文档分享": [("汇档网", "www.huidang.cn", "m 汇档网 文档即分享", "m 上传者：zhangyan1983　　上传时间：2025-07-14 10:22　　格式：DOC", "a ▶ 立即下载（需1积分）　▶ 在线阅读　▶ 转发", "l 你可能还需要", "l 渡船安全检查记录表.doc", "d 本站文档均由用户上传，若有侵权请投诉，我们将在24小时内处理。", "m 汇档网 huidang.cn 客服邮箱：kefu@huidang.cn")],
 "教育门户": [("荻港县教育信息网", "jy.digang.edu.cn", "m 荻港县教育信息网", "m 栏目导航：首页 → 校园动态 → 特色活动", "a 【大字】【中字】【小字】　【打印本文】", "l 相关新闻：荻港二中举行戏曲进校园启动仪式", "l 热点排行", "m 技术支持：县教育技术装备中心　　维护邮箱：jyxx@digang.edu.cn", "m 浙ICP备12033761号")],
 "企业内网": [("澄滩海盐场内网", "oa.ctsalt.local", "m 澄滩海盐场 协同办公平台 V6.1", "m 公文管理 / 收文阅办 / 查看", "a [转发]　[导出PDF]　[加入待办]", "l 阅办记录：办公室 邵立群 已阅", "l 附件预览（2）", "m 本系统仅限内部使用　运维电话：8001", "d 内部资料，严禁外传。")],
 "问答社区": [("知海问答", "www.zhihaiwd.com", "m 知海问答 - 有问题，问知海", "m 问题分类：三农 › 养殖 › 蜜蜂", "a 赞同 38　｜　收藏　｜　举报", "l 相关问题：蜂蜜结晶了还能吃吗？", "l 更多回答（5）", "m 知海问答 ©2025　京ICP证160917号", "d 回答内容仅代表答主个人观点，不构成专业建议。")],
 "个人文集": [("鲍氏文存", "baoshiwencun.net", "m 《鲍氏文存》　卷三·讲话辑录", "m 整理：鲍氏后人　　录入：鲍小禾", "a 〔目录〕〔上一卷〕〔下一卷〕", "l 本卷其他篇目：", "l 在全县防汛工作会议上的讲话（1999）", "m 文存网站托管于 homepage.cn", "d 文存内容由家属整理，转载请注明出处。")],
 "党建网": [("岚埠党建在线", "dj.lanbu.gov.cn", "m 岚埠党建在线　　初心驿站", "m 当前位置：首页 > 支部动态 > 基层风采", "a 【收听】【打印】【关闭】", "l 推荐阅读：水文站党支部开展主题党日", "l 热门专题", "m 中共岚埠县委组织部主办　联系电话：0579-6670011", "m 浙ICP备09070236号-2")],
 "医院官网": [("蔚岙县人民医院", "www.wayyy.com", "m 蔚岙县人民医院　Weiao County People's Hospital", "m 首页 > 健康科普 > 专家说", "a 分享：⊕微信 ⊕微博　｜　字号 A+ A-", "l 相关科普：蜂蜇伤后怎么办？", "l 预约挂号", "m 医院地址：蔚岙县城南路88号　预约电话：0579-6655120", "d 本栏目内容仅供参考，不能替代医生面诊。")],
 "高校官网": [("东瓯海洋职业学院", "www.doumc.edu.cn", "m 东瓯海洋职业学院　新闻网", "m 首页 > 院系动态 > 海洋化工系", "a 【打印】【关闭】　浏览次数：412", "l 上一篇：海洋化工系召开期中教学检查会", "l 下一篇：我院学子在省职业技能大赛获奖", "m 东瓯海洋职业学院党委宣传部　版权所有", "m 地址：东瓯市滨海大道1600号")],
 "地方论坛": [("蒿洲在线", "bbs.haozhou.cc", "m 蒿洲在线 » 蒿洲杂谈 » 民生热线", "m 发帖人：江边摆渡人　　UID 20931　　积分 1486", "a 本帖最后编辑于 3 天前", "l 本版热帖", "l 蒿洲老街改造什么时候开工？", "m 蒿洲在线 - 蒿洲人自己的论坛", "d 请文明发帖，违规内容一经发现立即删除。")],
 "资料下载站": [("八方资料站", "www.bafangziliao.com", "m 八方资料站 - 专业资料免费下", "m 资料类别：安全生产 › 规章制度　　大小：36KB　　语言：简体中文", "a 【本地下载】【电信高速】【联通高速】", "l 同类资料排行", "l 油脂加工企业安全操作规程汇编", "d 下载的资料若有损坏请点“报错”，本站仅提供交流学习。", "m 八方资料站 版权所有 苏ICP备17031208号")],
 "人事考试网": [("荻港人事考试网", "rsks.digang.gov.cn", "m 荻港人事考试网", "m 当前位置：首页 > 考试动态 > 事业单位招聘", "a 【打印本页】【关闭窗口】", "l 相关公告：荻港县2025年事业单位公开招聘笔试成绩", "l 考生服务", "m 主办：荻港县人力资源和社会保障局　技术咨询：0579-6629357", "m 浙ICP备13022716号")],
 "招投标网": [("澄滩公共资源交易网", "ggzy.chengtan.gov.cn", "m 澄滩县公共资源交易中心", "m 交易信息 > 政府采购 > 采购公告", "a 【我要投标】【收藏项目】【打印公告】", "l 相关项目：东滩防潮堤维修工程施工招标", "l 更多公告", "m 交易中心服务电话：0579-6610886（工作日）", "d 本网公告内容由采购人负责，网站不承担连带责任。")],
 "律所网站": [("潮声律师事务所", "www.chaoshenglaw.com", "m 潮声律师事务所　专注涉海涉农纠纷", "m 首页 / 律所观点 / 实务研究", "w 免费咨询：400-816-3390（专业律师在线解答）", "l 推荐文章：渔船买卖合同纠纷要点", "l 律师团队", "d 本文仅为作者观点，不构成法律意见。", "m 潮声律师事务所 ©2025　浙ICP备21004581号")],
 "社区网站": [("江畈社区", "jiangfan.sq.cn", "m 江畈社区服务网　邻里一家亲", "m 社区公告 › 便民通知", "a 👍 点赞 12　💬 评论　↗ 转发", "l 社区活动：端午包粽子报名啦", "l 网格员名单", "m 社区服务热线：0579-6633302", "d 本站信息由社区工作站发布。")],
 "行业协会": [("蔚岙县养蜂协会", "www.wayangfeng.org", "m 蔚岙县养蜂协会　蜂友之家", "m 首页 > 协会通知 > 倡议", "a 会员登录 ｜ 入会申请 ｜ 下载专区", "l 协会动态：第三届蜂产品品鉴会圆满落幕", "l 会员风采", "m 协会秘书处电话：0579-6641208　地址：蔚岙县农贸路12号", "d 协会网站内容转载请注明来源。")],
 "企业官网": [("楝溪古法油坊", "www.lianxiyoufang.com", "m 楝溪古法油坊　一滴好油，百年手艺", "m 首页 ｜ 走进油坊 ｜ 产品中心 ｜ 新闻动态 ｜ 联系我们", "a 在线商城 → 立即选购", "l 新闻动态：油坊参加县非遗展销会", "l 产品推荐：头道菜籽油 5L", "m 订购热线：400-670-5158　　地址：楝溪镇老街23号", "d 本网站使用 Cookie 改善浏览体验，继续浏览即表示同意。")],
 "培训机构": [("启航船员培训学校", "www.qihangpx.com", "m 启航船员培训学校 | 内河船员考证首选", "m 首页 > 培训资讯 > 通知公告", "w 报名咨询：微信 qihang_xue 或电话 13857961120", "l 热门课程：内河渡船船员适任证书培训", "l 学员风采", "a 点击领取考证资料包", "m 启航培训 版权所有 浙ICP备22011936号")],
 "范文APP": [("笔芯写作", "app.bixin.cn", "m 笔芯写作 App · 分享页", "m 作者：芒种写手　　在笔芯已创作 214 篇", "a 打开App阅读全文 ＞", "l 同类范文", "l 民宿行业年度工作总结", "a 在App内一键改写、一键导出", "d 内容由作者上传，笔芯写作仅提供信息存储服务。")],
 "公考论坛": [("上岸公考社区", "bbs.shangan.net", "m 上岸公考社区 » 申论素材 » 范文赏析", "m 楼主：申论小达人　　发表于 5 天前", "a 回复本帖可见完整批注", "l 版块推荐：2025国考申论真题解析汇总", "l 下一主题", "m 上岸公考社区 - 备考路上有伙伴", "d 本帖素材仅供备考交流。")],
 "百科问答": [("知源百科", "baike.zhiyuan.net", "m 知源百科 - 开放的知识库", "m 词条统计：浏览次数 2316　　编辑次数 4次　　最近更新：两周前", "a ［编辑］［讨论］［收藏词条］", "l 相关词条：海盐　晒盐法", "l 参考资料", "d 词条内容仅供参考，如需专业帮助请咨询相关领域专家。", "m 知源百科 ©2025")],
 "网盘分享": [("鲸云盘", "pan.jingyun.com", "m 鲸云盘 · 分享文件", "m 分享者：hai***88　　分享时间：2025-08-03　　有效期：永久", "a 【保存到我的网盘】【普通下载】【极速下载（会员）】", "l 该用户的其他分享", "l 盐场资料合集.zip", "d 分享内容由用户自行上传，鲸云盘不对其合法性负责。", "m 鲸云盘 客户端下载 ｜ 帮助中心")],
 "搜索快照": [("寻渊搜索快照", "cache.xunyuan.com", "m 寻渊快照：这是原网页在 2025-09-21 的存档。", "m 您查询的关键词已高亮显示：渡口　航班", "a 查看当前页面 ｜ 纯文字版本", "d 寻渊与网页作者无关，不对其内容负责。", "l 相关搜索：渡口停航 渡船", "m 寻渊 © 2025", "m 快照来源地址已截短")],
 "打印页": [("打印预览", "print", "m 打印日期：2025/10/08 09:41", "m 来源网址：https://www.example-gov.local/art/2025/3/3/art_1182.html", "a 〔点此打印〕〔返回原文〕", "m 第1页，共1页", "l 相关链接：", "d 本页为打印格式，已去除图片。", "m 打印者：guest")],
 "邮件转发": [("邮件转发", "mail", "m 发件人：周晓渔 <zhouxy@ctyanchang.cn>", "m 收件人：各工区负责人", "m 主题：转发：春晒安全文件", "a 【转发】【回复全部】【下载全部附件】", "m 发送时间：2025年3月19日（星期三）上午8:12", "d 此邮件可能包含保密信息，如误收请删除。", "m -----原始邮件-----")],
}

BETWEEN = [
 "l 延伸阅读：沿海滩涂湿地保护知识问答", "w 材料赶不出来？专业笔杆子帮您写，微信：bgz_2025", "a 喜欢本文请点“赏”支持作者",
 "m 本文来源：岚江融媒　编辑：谷雨", "l 猜你还想看→ 乡镇防汛值班制度（范本）", "a 点击展开剩余68%", "d 声明：本文转自网络，版权归原作者。",
 "w 原创代写、修改润色，QQ 2814067735", "l —— 推荐 ——", "a ⇩ 下载本文档（Word可编辑）", "m 阅读量 1.2万　　点赞 96", "l ◎ 标签：安全生产 工作通知 盐场",
]
GLUE_AFTER = ["扫码加入写作交流群", "【复制】", "（本段可编辑）", "来源：掌上澄滩", "▲点击关注本号", "〔收藏〕"]
GLUE_CLS = ["w", "a", "a", "m", "a", "a"]

DECOR = [
 lambda t, s: t,
 lambda t, s: f"【精选】{t}（通用3篇）",
 lambda t, s: f"{t}_{s}",
 lambda t, s: f"{t}.docx",
 lambda t, s: None,
 lambda t, s: f"{t}（可编辑版）",
 lambda t, s: f"〔打印稿〕{t}",
 lambda t, s: f"{t} - {s}",
 lambda t, s: f"{t}.pdf",
 lambda t, s: f"【最新】{t}",
 lambda t, s: None,
 lambda t, s: f"{t}｜{s}",
]
PAGES = [dict(fmt="⌈{n}⌉", every=160), dict(fmt="〈页{n}〉", every=200, glue=True), dict(fmt="=={n}/4==", every=180, glue="mix"), dict(fmt="P·{n}", every=170)]
HTML_STYLES = {"政府门户", "新闻门户", "教育门户", "党建网", "医院官网", "高校官网", "招投标网", "律所网站", "社区网站", "行业协会", "企业官网", "培训机构", "人事考试网", "公众号镜像"}
STYLES = (
    "范文站", "文库预览", "政府门户", "新闻门户", "论坛", "博客", "公众号镜像", "文档分享",
    "教育门户", "企业内网", "问答社区", "个人文集",
    "党建网", "医院官网", "高校官网", "地方论坛", "资料下载站", "人事考试网",
    "招投标网", "律所网站", "社区网站", "行业协会", "企业官网", "培训机构", "范文APP",
    "公考论坛", "百科问答", "网盘分享", "搜索快照", "打印页", "邮件转发",
)
NO_NONE = {"ferry-notice", "ferry-training", "oil-minutes"}
SLUGSTYLE = {s: f"s{k:02d}" for k, s in enumerate(STYLES)}


def _iso_cn(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


def _case(i):
    rng = random.Random(4900 + i)
    style = STYLES[i % 31]
    occ = i // 31
    doc = DOCS[(i * 5 + occ) % len(DOCS)]
    site = SITES[style][occ % len(SITES[style])]
    name, host = site[0], site[1]
    form = "html" if style in HTML_STYLES and occ < 2 else "text"
    # date mode
    mode = ["doc", "record", "doc", "byline", "doc", "none"][i % 6]
    if mode == "none" and (doc["key"] in NO_NONE or style == "邮件转发"):
        mode = "doc"
    paras = [p for p in doc["body"].strip().split("\n")]
    tail = [t for t in doc.get("tail", "").split("\n") if t]
    date = doc["date"]
    speech_line = None
    if doc.get("speech"):
        speech_line = f"（{doc['speech']}）"
    if mode in ("byline", "none"):
        tail = [t for t in tail if not re.search(r"(\d{4}年|二〇)", t) and not t.startswith("抄送")]
        speech_line = None if mode == "none" else speech_line
    if mode == "byline":
        import datetime as _dt
        date = (_dt.date.fromisoformat(date) + _dt.timedelta(days=2)).isoformat() if not doc.get("speech") else date
    if mode == "none":
        date = None
    paras = paras + tail
    # chrome between paragraphs and glued
    n_between = 1 + i % 2
    for _ in range(n_between):
        k = rng.randint(1, len(paras) - 1)
        paras.insert(k, "⟦" + BETWEEN[rng.randrange(len(BETWEEN))] + "⟧")
    g = rng.randrange(len(GLUE_AFTER))
    cands = [k for k, p in enumerate(paras) if p.endswith("。") and not p.startswith("⟦")]
    if cands:
        k = rng.choice(cands[: max(1, len(cands) - 1)])
        if i % 3 == 0:  # glued before the first sentence of the paragraph
            paras[k] = f"⟦{GLUE_CLS[g]} {GLUE_AFTER[g]}⟧" + paras[k]
        else:
            paras[k] = paras[k] + f"⟦{GLUE_CLS[g]} {GLUE_AFTER[g]}⟧"
    # dedupe identical chrome lines
    seen, out = set(), []
    for p in paras:
        if p.startswith("⟦") and p in seen:
            continue
        seen.add(p)
        out.append(p)
    paras = out
    body = "\n".join(paras)
    title = doc["title"]
    rtitle = DECOR[i % len(DECOR)](title, name)
    record_date = date if mode == "record" else None
    also = []
    if mode == "byline" and doc["key"] in NO_NONE and date != doc["date"]:
        also.append(doc["date"])
    if style == "邮件转发" and mode != "record" and date != "2025-03-19":
        also.append("2025-03-19")
    head = [site[2], site[3]]
    foot = list(site[4:])
    byline = None
    if mode == "byline":
        byline = rng.choice(["m 发布时间：{d} 09:30　来源：本站", "m 发布日期：{d}　　作者：办公室", "m 【发布时间】{d}　【浏览】336次"]).format(d=date)
    if mode == "none":
        byline = rng.choice(["m 更新于 3天前　阅读 802", "m 上传于 2025-08-11　已被下载 57 次", "m 抓取时间：2025-09-30 02:14:07", "m 编辑于 2小时前"])
    decorated_line = f"t {rtitle}" if rtitle and rtitle != title else None
    slug = f"{SLUGSTYLE[style]}-{host.split('.')[0 if not host.startswith(('www', 'bbs', 'wk', 'wx', 'jy', 'oa', 'dj', 'app', 'pan', 'cache', 'baike', 'rsks', 'ggzy')) else 1]}-{doc['key']}-{i}"
    case = dict(slug=slug, site=f"{name} (invented)", style=style, genre=doc["genre"], kind=doc["kind"], form=form,
                source=f"https://{host}/a/{20250000 + i * 37}.html" if "." in host else f"file:///exports/{doc['key']}-{i}.html",
                title=title, record_title=rtitle, date_also=also, date=date, record_date=record_date, body=body,
                notes=f"date {mode}; title decoration {i % len(DECOR)}; glued and between-paragraph chrome")
    if form == "text":
        lines = ["!" + h for h in head]
        if decorated_line and i % 2:
            lines.append("!" + decorated_line)
        lines.append("{T}")
        if doc.get("docno"):
            lines.append(doc["docno"])
        if speech_line:
            lines.append(speech_line)
        if doc.get("speaker"):
            lines.append(doc["speaker"])
        if byline:
            lines.append("!" + byline)
        lines.append("{BODY}")
        lines += ["!" + f for f in foot]
        case["page"] = "\n".join(lines)
        case["indent"] = "\u3000\u3000" if i % 4 else ""
        if i % 5 == 1:
            case["gap"] = True
        if style in ("论坛", "地方论坛", "公考论坛") or i % 17 == 5:
            case["junk"] = dict(lines=1 + i % 2, glued=2)
        elif style in ("文库预览", "文档分享", "网盘分享") or i % 11 == 3:
            case["pages"] = PAGES[i % len(PAGES)]
        if i % 9 == 4 and "pages" not in case:
            case["wrap"] = 58 + (i % 3) * 4
        elif i % 9 == 4:
            case["wrap"] = 62
        if i in (16, 47) and not case.get("wrap"):
            case["oneline"] = True
            case["indent"] = "\u3000\u3000"
            case.pop("gap", None)
    else:
        case["page"] = _html(i, site, title, rtitle, doc, speech_line, byline)
        if i % 7 == 2:
            case["p_html"] = '<p style="text-indent:2em">{}</p>'
        if style == "公众号镜像":
            case["p_html"] = '<section><span>{}</span></section>'
        if i % 10 == 8:
            case["pages"] = dict(fmt="– {n} –", every=260)
    return case


def _mk(line, tag="div", cls=""):
    c, text = line[0], line[2:]
    return f'<{tag} class="{cls}">⟦{c} {text}⟧</{tag}>'


def _html(i, site, title, rtitle, doc, speech_line, byline):
    name, host = site[0], site[1]
    head_title = rtitle or f"{name}"
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    sub = []
    if doc.get("docno"):
        sub.append(f'<div class="wh">{doc["docno"]}</div>')
    if speech_line:
        sub.append(f'<p class="sub">{speech_line}</p>')
    if doc.get("speaker"):
        sub.append(f'<p class="sub">{doc["speaker"]}</p>')
    if byline:
        sub.append(_mk(byline, "div", "info"))
    sub = "\n".join(sub)
    foot = site[4:]
    if i % 2 == 0:  # modern template
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(head_title)}</title>
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/static/css/main.{i}.css">
<script>var _hm=_hm||[];(function(){{var s=document.createElement("script");s.src="//tj.{host}/t.js";}})();</script>
</head><body>
<header class="top">{_mk(site[2], "div", "logo")}
<nav>{_mk("m 首页　机构概况　新闻中心　公开目录　互动交流　办事服务", "ul", "menu")}</nav>
<div class="tools">{_mk("a 无障碍浏览 ｜ 长者模式 ｜ 简体/繁體", "span", "acc")}</div></header>
<div class="crumb">{_mk(site[3], "div", "pos")}</div>
<div class="wrap"><aside class="side">{_mk("l 栏目导航：通知公告　工作动态　政策解读", "div", "lm")}</aside>
<article class="main"><h1>{{T}}</h1>
{sub}
<div class="content" id="zoom">
{{BODY}}
</div>
{_mk(foot[0], "div", "act")}
<div class="rel">{_mk(foot[1], "h3", "")}<ul>{_mk(foot[2], "li", "")}</ul></div>
</article></div>
<footer>{''.join(_mk(f, "p", "ft") for f in foot[3:])}</footer>
<script src="/static/js/jquery.min.js"></script><script>$(".share").hide();</script>
</body></html>"""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{esc(head_title)}</title>
<style>.t14{{font-size:14px}}</style></head>
<body topmargin="0"><table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td>{_mk(site[2], "div", "banner")}</td></tr>
<tr><td><marquee scrollamount="3">{_mk("m 热烈庆祝本站改版上线　欢迎各位访客留言指导", "span", "mq")}</marquee></td></tr>
<tr><td>{_mk(site[3], "div", "pos")}</td></tr>
<tr><td width="220" valign="top">{_mk("l 最新更新　专题专栏　下载中心", "div", "left")}</td>
<td valign="top" class="t14"><div align="center"><b>{{T}}</b></div>
{sub}
{_mk("a 【字体：大 中 小】　【双击滚屏】", "div", "font")}
{{BODY}}
{_mk(foot[0], "div", "act")}
<table><tr><td>{_mk(foot[1], "span", "")}</td></tr><tr><td>{_mk(foot[2], "span", "")}</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center">{''.join(_mk(f, "div", "cp") for f in foot[3:])}{_mk("m 您是本站第 0038217 位访客", "div", "cnt")}</td></tr>
</table></body></html>"""


def make(lo, hi):
    return [_case(i) for i in range(lo, hi)]
