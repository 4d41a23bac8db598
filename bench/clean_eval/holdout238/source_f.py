"""holdout238, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 — each once as HTML and once as text.

Invented text (sites, counties, people, firms, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="gkforum-shangan-interview-lift-buttons-jammer",
        site="上岸驿站公考论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.example.com/thread-207715-1-1.html",
        title="小区电梯按钮接连被恶意破坏，作为社区工作人员你怎么办？",
        record_title="【面试真题·应急应变】小区电梯按钮接连被恶意破坏，作为社区工作人员你怎么办？（附作答）- 面试交流 - 上岸驿站",
        date=None,
        notes="an exam forum thread: jammer-font junk glued and on a line, a rating row, a reply-to-see prompt, a QQ-group ad; "
        "发表于 6 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>【面试真题·应急应变】小区电梯按钮接连被恶意破坏，作为社区工作人员你怎么办？（附作答）- 面试交流 - 上岸驿站</title>
<style>font.jammer{font-size:0px;color:#FFFFFF}</style></head><body>
<div id="hd">⟦m 上岸驿站公考论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化真题⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 一战上岸的阿楠　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的答题模板需回复后才能查看⟧</div>
<div class="rate">⟦l 评分人数 6　上岸币 +18　很有条理⟧</div>
<div class="ad">⟦w 面试抱团练习群：QQ 63018872，进群备注“驿站”⟧</div>
<div id="ft">⟦m 上岸驿站公考论坛　蜀ICP备16027331号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考的是应急应变和群众工作能力，我的作答思路如下。
首先，稳控现场，保障出行。我会第一时间联系物业和维保单位抢修按钮，暂时修不好的，在电梯厅张贴提示，安排楼栋长协助老人乘梯。
其次，查明原因，依法处置。调取电梯厅监控，弄清是谁、为什么破坏按钮。如果是孩子玩闹，约谈家长加强教育；如果是邻里矛盾泄愤，及时调解；涉及故意毁坏财物的，配合派出所依法处理。
再次，源头治理，防止反复。通过业主群和宣传栏宣讲爱护公共设施，推动物业在电梯厅加装监控提示牌，把爱护电梯写进居民公约。
最后，我会把处理情况向居民通报，并总结经验，形成社区公共设施管护的长效机制。
""",
    ),
    dict(
        slug="gkforum-shangan-shenlun-sacks-junk-text",
        site="上岸驿站公考论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.shanganyz.example.com/thread-209931-1-1.html",
        title="小小编织袋，折射治理大文章",
        record_title="〔大作文打卡·第12天〕小小编织袋，折射治理大文章 - 申论版 - 上岸驿站",
        date=None,
        notes="an exam-forum essay post as text: junk lines and junk glued after 。; a poster line with 昨天; floors and a "
        "reply prompt; no date",
        page="""
!m 上岸驿站 » 申论版 » 大作文打卡
!t 〔大作文打卡·第12天〕小小编织袋，折射治理大文章
!m 楼主　青灯备考人　昨天 23:16　｜　只看楼主
{BODY}
!l 沙发　批改君：立意不错，第三段论证可以再展开
!l 板凳　小林要上岸：打卡，一起加油
!a 回复楼主需先登录　｜　快速回复
""",
        junk=dict(lines=2, glued=2),
        body="""
在农村的田埂边、河沟里，随处可见被丢弃的化肥编织袋。它们风吹日晒后碎成塑料片，混进土壤和水里，成了看不见的污染。一条小小的编织袋，折射的是乡村环境治理的大文章。
治理编织袋污染，首先要建好回收链条。有的地方在村里设回收点，由供销社统一转运，让农户“交得出、有人收”。
其次要用好经济杠杆。推行“卖一收一”、以袋换物，让农户交回编织袋有实实在在的好处，变“要我收”为“我要收”。
再次要推动源头减量。鼓励企业生产可降解、可循环的包装，从根子上减少废弃物。
乡村振兴，生态宜居是关键。从一条编织袋做起，久久为功，美丽乡村的底色才会越来越亮。
""",
    ),
    dict(
        slug="wiki-baitong-entry-shears-h1-infobox-head",
        site="百通百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.baitong.example.com/item/修枝剪/30217",
        title="修枝剪",
        record_title=None,
        date=None,
        notes="no record title: the entry's <h1> (a one-word title that also opens the body: matched as head); infobox, contents "
        "box, edit/discuss/history tabs, reference markers glued after sentences, a 修订此节 link glued to a heading",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>百通百科</title></head><body>
<div class="bk-top">⟦m 百通百科⟧ ⟦m 全球中文知识共建平台⟧ <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="bk-sub">⟦m 园艺手工具⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：修枝剪⟧</td></tr><tr><td>⟦m 别　名：整枝剪、剪枝剪⟧</td></tr><tr><td>⟦m 用　途：修剪直径约2厘米以下的枝条⟧</td></tr></table>
<div class="catalog">⟦l 目录　1 结构　2 分类　3 使用与保养⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs">⟦l 参考资料　[1] 《园林工具使用手册》，檎阳农业出版社　[2] 园林绿化工职业技能培训教材⟧</div>
<div class="bk-tags">⟦l 词条标签：园艺　工具　农具⟧</div>
<div class="bk-stat">⟦m 浏览次数：40,612　编辑次数：19次　最近更新：2 个月前⟧</div>
<div class="bk-foot">⟦d 百通百科内容由网友共同编辑，如有疑问请以专业资料为准。⟧</div>
</body></html>
""",
        body="""
修枝剪，又称整枝剪，是用于修剪树木、果树和花灌木枝条的手动剪切工具。⟦l [1]⟧
结构⟦a ✎修订此节⟧
修枝剪一般由两片剪刃、手柄、中轴螺栓、弹簧和锁扣组成。一片为锋利的刀刃，另一片为较厚的托刃，剪切时枝条被压在两刃之间切断。
分类
按剪切方式可分为剪刀式和砧板式两类。剪刀式剪口平整，适合修剪活枝；砧板式力量大，适合剪枯枝。⟦l [2]⟧
使用与保养
剪枝时应让枝条尽量靠近剪刃根部，不要扭转剪子硬剪。使用后应清除刃口上的树汁，涂油防锈，并扣上锁扣存放。
""",
    ),
    dict(
        slug="wiki-tongshi-entry-crate-text",
        site="通识百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.tongshibk.example.net/wiki/周转箱",
        title="周转箱",
        record_title="周转箱（物流器具）_通识百科",
        date=None,
        notes="an encyclopaedia entry as text: a tab row, a view/edit counter with 3 个月前, a contents line, a reference line; "
        "an example size and a standard number inside sentences are no date",
        page="""
!m 通识百科 —— 人人都是编者
!a 阅读　｜　编辑　｜　查看历史
!t 周转箱（物流器具）
!m 浏览 18,377　｜　编辑 11 次　｜　最后修订于 3 个月前
!l 目录：1 概述　2 材质与规格　3 应用
{BODY}
!l 参考资料：[1] 物流周转箱行业标准汇编
!l 所属分类：物流器具 ｜ 包装
!d 本条目内容采用知识共享协议，转载请注明出处。
""",
        body="""
周转箱，又称物流箱、塑料箱，是一种可反复使用的物流包装容器，广泛用于果蔬、食品、零部件等的运输、配送和储存。
材质与规格
周转箱多以高密度聚乙烯或聚丙烯为原料注塑成型，具有耐冲击、耐酸碱、易清洗等特点。常见外形尺寸有600×400毫米、400×300毫米等，可以相互堆叠，部分产品可折叠以节省回程空间。
应用
在商超配送中，周转箱可替代一次性纸箱，一只箱子可循环使用数百次。一些城市建立了周转箱循环共用平台，由平台统一投放、回收和清洗，提高了周转效率。
""",
    ),
    dict(
        slug="netdisk-yunzhan-rope-instruction-pdf-vip",
        site="云栈网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="html",
        source="https://pan.yunzhan.example.com/s/9kQ2xLv7aT",
        title="安全绳检查与报废作业指导书",
        record_title="安全绳检查与报废作业指导书.pdf",
        date=None,
        notes="a cloud-drive preview: file name, size, sharer and validity, save/download buttons, VIP speed prompts; file-name "
        "record title; decimal headings 1.1–3.2; no date (share stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>安全绳检查与报废作业指导书.pdf_免费高速下载|云栈网盘</title></head><body>
<div class="yz-top">⟦m 云栈网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="yz-file"><h2>{T}</h2>
<p>⟦m 文件大小：312KB　分享者：安环老沈　分享于 4 天前　有效期：永久⟧</p>
<p>⟦a 保存到网盘⟧　⟦a 下载⟧　⟦a 举报⟧</p></div>
<div class="yz-preview">
{BODY}
</div>
<div class="yz-vip">⟦a 超级会员可享极速下载，非会员限速 100KB/s⟧</div>
<div class="yz-foot">⟦d 云栈网盘仅提供存储服务，分享内容由分享者负责。⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        body="""
1 适用范围
1.1 本指导书适用于公司各项目高处作业用安全绳的日常检查、定期检验和报废。
2 检查要求
2.1 使用前，作业人员应对安全绳进行外观检查，逐段查看绳体有无断股、割伤、烧焦、发霉和严重磨损。
2.2 检查锁扣和连接件，锁扣应开闭灵活、自锁可靠，无变形、裂纹和锈蚀。
2.3 项目安全员每月组织一次全面检查，检查结果记入安全绳管理台账。
3 报废条件
3.1 出现2.1、2.2所列缺陷之一的，应立即报废。
3.2 经受过坠落冲击，或超过产品说明书规定使用年限的，无论外观是否完好，均应报废。报废的安全绳应当场剪断，防止误用。
""",
    ),
    dict(
        slug="netdisk-feige-lift-acceptance-wps-markers-lines",
        site="飞鸽网盘 (invented cloud drive, text)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="https://www.feigepan.example.cn/share/5TqL0w",
        title="住宅小区电梯按钮无障碍改造验收要点",
        record_title="住宅小区电梯按钮无障碍改造验收要点.wps",
        date=None,
        notes="a cloud-drive preview as text: page markers ◘ p.n ◘ on lines of their own cutting sentences; file-name record "
        "title; a numbered list; no date (upload stamp only)",
        page="""
!m 飞鸽网盘　文件分享
!t 住宅小区电梯按钮无障碍改造验收要点.wps
!m 分享者：dtweibao_88　上传于 2024-07-30　大小 19KB
!a 〔保存〕〔下载〕〔在线预览〕
{BODY}
!a 预览已结束，完整内容请下载
!d 请勿分享违法违规内容，违者将被封号处理。
""",
        pages=dict(fmt="◘ p.{n} ◘", every=90, start=2),
        body="""
为统一既有住宅电梯按钮无障碍改造的验收标准，结合各小区改造实际，提出以下验收要点：
1.外呼按钮中心离地高度应在0.9米至1.1米之间，按钮旁设有盲文标识，盲文位于按钮左侧或下方。
2.轿厢内应设低位操纵盘，按钮数字凸起，触摸能够辨认。
3.按钮按下后应有灯光和声音双重反馈，语音报层清晰可辨。
4.按钮面板安装牢固，面板与墙面、轿壁之间无翘起和夹手缝隙。
5.施工单位应提供按钮产品合格证和改造后的自检记录，物业、业主代表共同参加验收并签字。
""",
    ),
    dict(
        slug="snapshot-shiguang-crate-notice-banner-highlight",
        site="拾光快照 of 檎阳县商务局 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.shiguang.example.com/c?u=qysw.example.gov.cn/tzgg/2024/0408/712.html",
        title="关于在农贸市场推广使用标准化周转箱的通知",
        record_title="关于在农贸市场推广使用标准化周转箱的通知_檎阳县商务局 - 拾光快照",
        date="2024-04-03",
        date_also=["2024-04-08"],
        notes="a search-cache frame: the capture banner with its time, highlighted keywords, the original portal's header and footer; "
        "the notice's 联系人/电话 beside the portal's service line; the cached page's date apart from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于在农贸市场推广使用标准化周转箱的通知_檎阳县商务局 - 拾光快照</title></head><body>
<div class="sg-banner">⟦d 拾光快照：本页保存于 2024年6月2日 03:18，与当前页面可能不同，查看原网页请点这里⟧</div>
<div class="sg-hl">⟦d 下列搜索词已高亮显示：周转箱　农贸市场⟧</div>
<div class="orig">
<div class="gov-hd">⟦m 檎阳县商务局⟧ ⟦m 首页　政务公开　通知公告　商务服务⟧</div>
<h2>{T}</h2>
<div class="gov-meta">⟦m 发布日期：2024-04-08　来源：市场运行股⟧</div>
<div class="gov-txt">
{BODY}
</div>
<div class="gov-ft">⟦m 檎阳县商务局主办　政务服务热线：0736-5200812⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县市场服务中心，各农贸市场开办单位：
为减少一次性包装污染，提升农产品流通卫生水平，县商务局决定在全县农贸市场推广使用标准化周转箱。现将有关事项通知如下：
一、各农贸市场开办单位要在5月底前设立周转箱借还点，配备清洗设施。
二、蔬菜、肉类、水产摊位应使用统一规格的食品级周转箱，不得使用破损、污染的箱子盛放食品。
三、县商务局将对推广成效明显的市场给予每个市场2万元的奖补。
联系人：商务局市场运行股　乔一苇，电话：0736-5200875。
檎阳县商务局
2024年4月3日
""",
    ),
    dict(
        slug="snapshot-cache-shears-subsidy-textonly",
        site="觅津快照 of 碇川县林业站 (invented text-only cache)",
        style="搜索快照",
        genre="公示",
        kind="notice",
        form="text",
        source="http://txt.mijin.example.net/cache?k=dclyz-2024-1202",
        title="关于2024年果农修枝剪等小型农具购置补贴发放情况的公示",
        record_title="【缓存·仅文字】关于2024年果农修枝剪等小型农具购置补贴发放情况的公示",
        date="2024-12-02",
        notes="a text-only cache: a capture line and a keyword line at the top, the original site's lines; a subsidies table one "
        "row a paragraph; the station's own phone for objections; 成文日期 under the signature",
        page="""
!d 觅津快照·纯文字版　抓取于 2024-12-19 11:52，仅供参考
!d 命中关键词：修枝剪　补贴
!m 碇川县林业站
!m 首页 > 公示公告
{T}
{BODY}
!m 碇川县林业站　地址：碇川县碇口镇林场路3号
""",
        body="""
根据《碇川县2024年经济林提质增效项目实施方案》，我站对果农购置修枝剪、高枝剪、手锯等小型农具给予补贴，每户补贴标准不超过购置价的50%，最高300元。现将补贴发放情况公示如下：
乡镇　补贴户数　补贴金额（元）
碇口镇　126　28350
舵岭镇　88　19760
桡坪乡　53　11420
公示期为2024年12月2日至12月8日。对公示内容有异议的，请在公示期内向县林业站反映，电话：0731-2270316。
碇川县林业站
2024年12月2日
""",
    ),
    dict(
        slug="print-raoxi-grain-sacks-bulletin-window-print",
        site="桡溪县粮食和物资储备局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="bulletin",
        form="html",
        source="http://lsj.raoxi.example.gov.cn/print.jsp?id=3306",
        title="关于粮库编织袋包装粮储存安全检查情况的通报",
        record_title="付印预览 ⇢ 关于粮库编织袋包装粮储存安全检查情况的通报",
        date="2024-08-19",
        notes="a print view calling window.print(): the print time and the page's address at the top, a print/close row, a print "
        "footer ◌ 第1页，共1页 ◌; a problems table; 成文日期 in Chinese numerals under the signature; the print stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>付印预览 ⇢ 关于粮库编织袋包装粮储存安全检查情况的通报</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖立即打印〗〖关闭窗口返回〗⟧</div>
<div class="p-hd">⟦m 桡溪县粮食和物资储备局⟧</div>
<div class="p-url">⟦m 原文地址：http://lsj.raoxi.example.gov.cn/tzgg/2024/0820/3306.html⟧</div>
<div class="p-time">⟦m 打印于 2024-09-03 15:46⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-foot">⟦p ◌ 第1页，共1页 ◌⟧</div>
</body></html>
""",
        body="""
各国有粮库：
8月上旬，我局组织对全县6个国有粮库编织袋包装粮储存情况进行了安全检查。总体看，各库能够落实储粮安全责任，但仍发现一些问题：
粮库　发现问题　整改时限
桡滩粮库　部分编织袋破损漏粮　8月30日
城东粮库　包装粮堆垛距墙不足0.5米　8月25日
檎口粮库　编织袋堆垛下未铺垫木　8月30日
各粮库要对照问题逐项整改，破损的编织袋要及时换袋，堆垛要离墙离地，整改情况于9月5日前报局仓储科。
桡溪县粮食和物资储备局
二〇二四年八月十九日
""",
    ),
    dict(
        slug="print-zuocheng-facade-ropes-plan-footer",
        site="笮城绿岸物业服务有限公司 (invented, print view as text)",
        style="打印页",
        genre="应急预案",
        kind="plan",
        form="text",
        source="http://www.lvan-wy.example.cn/print/yjya/2024-05.html",
        title="外墙清洗高处作业坠落事故应急预案",
        record_title="[打印稿·A4] 外墙清洗高处作业坠落事故应急预案",
        date="2024-05-06",
        notes="a print view as text: print time and address lines at the top, a print footer ⧜ 1 / 1 ⧜ closing the page; "
        "decimal headings; the company's duty phone in the body; 成文日期 under the signature",
        page="""
!m 笮城绿岸物业服务有限公司
!m 打印时间：2024-05-21 08:30
!m 原文链接：http://www.lvan-wy.example.cn/yjya/2024-05.html
!t [打印稿·A4] 外墙清洗高处作业坠落事故应急预案
{BODY}
!p ⧜ 1 / 1 ⧜
""",
        body="""
1 目的
为及时有效处置外墙清洗作业中可能发生的高处坠落事故，最大限度减少人员伤亡，制定本预案。
2 预防措施
2.1 作业人员必须同时使用工作绳和安全绳，两绳分别固定在独立的锚点上。
2.2 每日作业前，由现场负责人检查安全绳、座板和锁扣，检查不合格的不得开工。
2.3 风力达到5级或遇雨天，立即停止作业。
3 应急处置
3.1 发现人员悬挂在安全绳上时，现场人员应立即呼救，严禁盲目拉拽，由救援人员利用救援绳实施营救。
3.2 发生坠落时，立即拨打120，同时报告公司值班室，电话0715-3342200。
笮城绿岸物业服务有限公司
2024年5月6日
""",
    ),
    dict(
        slug="webmail-dingchuan-crate-loan-letter-attachment-bar",
        site="碇川县政务邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.dingchuan.example.gov.cn/read?mid=20240918-3391",
        title="关于商请借用周转箱的函",
        record_title="[已转发] 关于商请借用周转箱的函",
        date="2024-09-13",
        date_also=["2024-09-18"],
        notes="a webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the letter's own 附件 "
        "list, the letter's own 联系人/电话 and 抄送 line; the send date apart from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>碇川县政务邮箱 - 读信</title></head><body>
<div class="wm-top">⟦m 碇川县政务邮箱⟧ ⟦m edu_dc@dingchuan.example.gov.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-tools">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>{T}</p>
<p>⟦m 发件人：碇口镇中心学校 &lt;dkzx@dingchuan.example.gov.cn&gt;⟧</p>
<p>⟦m 收件人：县教育局后勤科⟧</p>
<p>⟦m 抄　送：县教育局办公室⟧</p>
<p>⟦m 时　间：2024年9月18日（星期三）上午10:26⟧</p></div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）　借用周转箱清单.xlsx　归还承诺书.pdf　全部下载⟧</div>
<div class="wm-foot">⟦d 本邮件来自政务邮箱系统，请勿通过邮件传输涉密信息。⟧</div>
</body></html>
""",
        body="""
县教育局后勤科：
我校承担的秋季学生营养餐配送任务于9月起由中心厨房统一配送到6个村小。由于新采购的周转箱尚未到货，现有周转箱不足，商请贵科从县营养餐周转箱储备中借用食品级周转箱300只，借用期两个月，到期清洗消毒后如数归还。
如蒙同意，我校将派车自行运输。
联系人：季晓阳　电话：0731-2265093
附件：1.借用周转箱清单
2.归还承诺书
碇口镇中心学校
2024年9月13日
抄送：碇口镇人民政府
""",
    ),
    dict(
        slug="mailfwd-guoye-shears-inquiry-letter-docx",
        site="檎岭果业合作社邮件 (invented forwarded mail, text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:forward/2024-10-29/qlgy-0041",
        title="关于采购修枝剪的询价函",
        record_title="转发：关于采购修枝剪的询价函.docx",
        date="2024-10-28",
        date_also=["2024-10-29"],
        notes="a forwarded mail as text: forwarding headers with the send date, a mailer's footer; file-name record title with "
        "转发：; the letter's items table, its contact and e-mail; 成文日期 under the signature",
        page="""
!m 发件人：檎岭果业专业合作社 <qlgy_hzs@example.com>
!m 发送时间：2024年10月29日 9:12
!m 收件人：利剪五金制品厂 销售部
!t 主　题：转发：关于采购修枝剪的询价函.docx
!m ----- 以下为转发内容 -----
{T}
{BODY}
!d 此邮件由果园通邮件客户端发送
""",
        body="""
檎阳县利剪五金制品厂：
我社今冬计划为社员统一采购一批修枝剪，用于果园冬季修剪。现向贵厂询价，具体需求如下：
品名　规格　数量
修枝剪（剪刀式）　8英寸　300把
修枝剪（砧板式）　8英寸　120把
高枝剪　伸缩杆3米　40把
请贵厂于11月5日前报送含税单价、交货期和售后服务承诺，并附产品检验报告。
联系人：汪树青　电话：0736-5249021　邮箱：qlgy_hzs@example.com
檎岭果业专业合作社
2024年10月28日
""",
    ),
]
