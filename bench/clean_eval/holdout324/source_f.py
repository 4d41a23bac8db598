"""holdout324, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mail.

Invented text, written by hand case by case; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="shangan-forum-shenlun-key-chains-tourism-jammer",
        site="上岸家园论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shanganjiayuan.example.com/thread-207713-1-1.html",
        title="小小钥匙链，撬动文旅大市场",
        record_title="[申论周练·第6篇] 小小钥匙链，撬动文旅大市场（跪求拍砖指正）- 申论交流 - 上岸家园论坛",
        date=None,
        notes=(
            "exam forum: jammer fonts inside the essay, a reply-to-see prompt, a QQ-group ad, a rating row and "
            "a poster's aside in the title; posted 5 天前 (no date)"
        ),
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[申论周练·第6篇] 小小钥匙链，撬动文旅大市场（跪求拍砖指正）- 申论交流 - 上岸家园论坛</title>
<script src="static/js/forum_viewthread.js?K7a"></script>
<style>.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div id="hd">⟦m 上岸家园论坛⟧　⟦m 考公考编，一起上岸⟧</div>
<div id="pt">⟦m 上岸家园 › 笔试交流 › 申论交流⟧</div>
<h1 class="ts">⟦t [申论周练·第6篇] 小小钥匙链，撬动文旅大市场（跪求拍砖指正）⟧</h1>
<div class="stat">⟦m 查看 1542　回复 28⟧</div>
<div class="post">
<div class="author">⟦m 冲冲冲上岸　发表于 5 天前⟧</div>
<div class="postmessage">
<p>{T}</p>
{BODY}
</div>
<div class="rate">⟦l 评分人数 4　上岸币 +12⟧</div>
</div>
<div class="hide-box">⟦a 【本帖隐藏的批改意见需回复才能查看】⟧</div>
<div class="ad">⟦w 申论一对一精批，三天返卷，加群：QQ 726190538⟧</div>
<div id="ft">⟦m 上岸家园论坛　鄂ICP备23009417号⟧</div>
</body>
</html>
""",
        body="""
一个小小的钥匙链，能有多大的分量？在不少地方，它正在成为撬动文旅消费的一个支点。
钥匙链是游客最愿意买的“伴手礼”之一：价格不高，带着方便，挂在钥匙上天天看得见，是一张随身的城市名片。漼湖文创推出“漼湖八景”系列钥匙链，把湖心亭、柳浪桥做成珐琅小挂件，上市三个月就卖出两万多个。
但也要看到，许多景区的钥匙链千篇一律，换个地名就能卖，游客买了也记不住。文创产品要立得住，关键在于挖掘本地文化，让人一看就知道“这是哪儿”。
小物件也有大学问。只有把文化内涵、设计质量和安全标准都做扎实，小小钥匙链才能真正带动文旅大市场。
""",
    ),
    dict(
        slug="gongkao-yizhan-interview-picture-hooks-volunteers-junk",
        site="公考驿站 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaoyizhan.example.net/thread-55190-1-1.html",
        title="单位组织志愿者为独居老人上门安装挂画钩，由你负责，你怎么组织？",
        record_title="【结构化·组织管理题】单位组织志愿者为独居老人上门安装挂画钩，由你负责，你怎么组织？ - 面试交流 - 公考驿站",
        date=None,
        notes="exam forum as text: a question-tag prefix and board/site suffix; junk lines and junk glued after 。; the answer is the body; 4 天前 only (no date)",
        junk=dict(lines=2, glued=2),
        page="""
!m 公考驿站 - 面试交流
!t 【结构化·组织管理题】单位组织志愿者为独居老人上门安装挂画钩，由你负责，你怎么组织？
!m 楼主：岸边等风来　4 天前　浏览 763
!m 参考作答如下，欢迎拍砖：
{BODY}
!l 1# 小陈要上岸：思路清楚，第二点可以再具体一点
!l 2# 面试官老刘：注意时间控制，3分钟以内
!a 发表回复　|　只看楼主
!w 面试模拟陪练，加V：gkyz_mianshi
""",
        body="""
这项活动既是为老人办实事，也直接关系到老人的安全，我会重点抓好以下几个环节。
一是摸清需求。先和社区对接，拿到独居老人名单，电话或上门了解每户需要挂什么、挂在哪，墙体是什么情况，形成一户一表。
二是备好人和物。招募有电工、木工经验的志愿者，两人一组，每组配一名社区网格员带路；按需求清单采购不同规格的挂画钩、膨胀螺丝和工具，准备安全帽和梯子。
三是规范上门。上门前电话预约，进门出示证件；安装时先查墙体，床头上方不挂重物，安装后请老人或家属确认；全程不收任何费用，不推销任何产品。
四是做好回访。一周后电话回访，了解挂件是否牢固，及时总结经验，为以后开展类似服务打好基础。
""",
    ),
    dict(
        slug="wushi-baike-entry-shoe-tree-infobox-h1",
        site="物事百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wushi-wiki.example.com/item/xiecheng",
        title="鞋撑",
        record_title=None,
        date=None,
        notes=(
            "encyclopaedia entry: no record title, the entry name in <h1> (also in the body, matched as head); "
            "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。; no date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>物事百科 - 身边器物的小百科</title>
<script src="/js/wiki-toc.js"></script>
</head>
<body>
<div class="wiki-top">⟦m 物事百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox">
<p>⟦m 中文名：鞋撑⟧</p>
<p>⟦m 别　名：鞋楦撑、撑鞋器⟧</p>
<p>⟦m 常见材质：香樟木、雪松木、塑料⟧</p>
</div>
<div class="toc">⟦l 目录　1 用途　2 种类　3 使用⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs">
<p>⟦l 参考资料⟧</p>
<p>⟦l [1] 《鞋履养护手册》，洸阳轻工出版社⟧</p>
<p>⟦l [2] 岏山木作合作社产品说明⟧</p>
</div>
<div class="edit-info">⟦m 词条统计：浏览 4906 次　编辑 7 次　最近更新：5 个月前⟧</div>
<div class="wiki-foot">⟦d 词条内容由网友协作编辑，仅供参考⟧</div>
</body>
</html>
""",
        body="""
鞋撑是放在鞋内、用来保持鞋型的器具，多用于皮鞋。
用途
鞋子穿过后，鞋面会因脚部弯折产生皱褶，鞋撑能把鞋面撑平，减少折痕和开裂，延长鞋子的使用寿命。木质鞋撑还能吸收鞋内潮气，减轻异味。⟦m [1]⟧
种类
按材质分，有木质、塑料和金属鞋撑，木质以香樟木、雪松木最为常见。按结构分，有整体式、分体弹簧式和可调节式，可调节式能适配相邻几个尺码。⟦m [2]⟧
使用
一般在鞋子脱下、晾去汗气后放入。鞋撑大小应与鞋子相符，过大容易撑变形，过小则起不到作用。
""",
    ),
    dict(
        slug="qiwu-baike-entry-tie-rack-text",
        site="器物小百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.qiwu-baike.example.cn/view/lingdaijia.html",
        title="领带架",
        record_title="领带架（衣柜配件）_器物小百科",
        date=None,
        notes="encyclopaedia as text: the entry's category aside and site suffix in the record title; a contents line and edit tabs; the entry name repeated in the body (the title label matched as head); no date",
        indent="",
        page="""
!m 器物小百科｜生活里的每一件小东西
!a 编辑词条　|　讨论　|　查看历史
!t 领带架（衣柜配件）
!l 目录：1 简介　2 类型　3 选购与安装
{BODY}
!m 本词条浏览 2215 次，最近修订于 3 天前
!d 本站词条为用户贡献，如有错误欢迎指正
""",
        body="""
领带架是用于挂放领带的收纳用品，可保持领带平整、避免折痕，也便于挑选搭配。
类型
常见的领带架有壁挂式、衣柜抽拉式、旋转立式和衣架式四种。壁挂式安装在墙面或衣柜门内侧，占地少；抽拉式装在衣柜内，拉出取用；旋转立式多用于服装店和实训室，挂位多；衣架式形似普通衣架，下方有多根横杆，可直接挂在衣柜横杆上。
选购与安装
选购时应注意挂杆端头是否圆滑，以免勾丝；金属件应有防锈处理。壁挂式领带架应根据墙体选择螺丝，空心板墙体宜使用专用锚栓。一般家庭有十条左右领带，选择十二至二十个挂位即可。
""",
    ),
    dict(
        slug="yunhe-pan-museum-picture-hook-load-rules-docx-markers",
        site="云盒网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.yunhe-cloud.example.com/s/1kQ7vTz3Wm",
        title="博物馆临展布展挂画钩荷载检查规程",
        record_title="博物馆临展布展挂画钩荷载检查规程.docx",
        date="2024-08-05",
        notes=(
            "cloud-drive preview: file name as the record title, VIP prompts, a share-expiry line (relative), "
            "page markers ⬛ 第n页 ⬛ as paragraphs cutting sentences; decimal headings 1 / 1.1 / 2.1; "
            "成文日期 under the issuing department"
        ),
        pages=dict(fmt="⬛ 第{n}页 ⬛", every=110, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>博物馆临展布展挂画钩荷载检查规程.docx_免费高速下载|云盒网盘</title>
<script src="https://static.yunhe-cloud.example.com/share/preview.js"></script>
</head>
<body>
<div class="pan-top">⟦m 云盒网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<p>⟦t 博物馆临展布展挂画钩荷载检查规程.docx⟧</p>
<p>⟦m 分享者：陈列部小吕　文件大小：52.3KB　链接 6 天后失效⟧</p>
<p>⟦a 保存到我的网盘　｜　普通下载　｜　超级会员极速下载⟧</p>
</div>
<div class="preview">
<div class="pv-bar">⟦a 在线预览（非会员仅可预览前3页）⟧</div>
<p class="doc-title">{T}</p>
{BODY}
<div class="pv-end">⟦a 预览结束，开通会员查看全部页⟧</div>
</div>
<div class="pan-foot">⟦d 云盒网盘严禁分享违法违规内容，发现请举报⟧　⟦m © 2025 云盒网盘⟧</div>
</body>
</html>
""",
        body="""
1 总则
1.1 为保证临时展览布展安全，防止展品坠落，制定本规程。
1.2 本规程适用于本馆各展厅临时展览的墙面挂画钩、吊轨挂钩及挂镜线的检查。
2 检查要求
2.1 布展前，陈列部应核对每件展品的重量，选用额定荷载不低于展品重量两倍的挂画钩。
2.2 单件展品重量超过15公斤的，应使用两个及以上挂画钩或吊轨双挂点，不得使用粘贴式挂钩。
2.3 挂画钩安装后，应逐个进行试挂，试挂重量为展品重量的1.5倍，持续时间不少于10分钟。
3 记录与复查
3.1 检查结果填入《挂画钩荷载检查记录表》，由检查人和陈列部负责人签字。
3.2 展览期间每周复查一次，撤展后清点挂画钩，变形的及时报废。
洸阳市博物馆陈列部
2024年8月5日
""",
    ),
    dict(
        slug="kuaipan-share-magazine-rack-acceptance-pdf-markers",
        site="快盘分享 (invented cloud-drive share page)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="https://share.kuaipan-box.example.cn/f/8d2Kq0Lm",
        title="社区阅览室杂志架更新验收要点",
        record_title="社区阅览室杂志架更新验收要点.pdf",
        date=None,
        notes="cloud-drive share as text: file name as the record title; page markers ⦴ pn ⦴ on lines of their own cutting sentences; a VIP speed prompt; a numbered list; no date",
        pages=dict(fmt="⦴ p{n} ⦴", every=85, start=2),
        indent="",
        page="""
!m 快盘分享 · 文件预览
!t 社区阅览室杂志架更新验收要点.pdf
!m 1.2MB　|　分享于 2 周前　|　浏览 238
!a 下载（普通通道约需 40 秒）　　VIP极速下载
{T}
{BODY}
!a 仅预览前2页，保存到快盘查看完整文件
!d 文件由用户上传分享，快盘仅提供存储服务
""",
        body="""
为保证社区阅览室杂志架更新质量，验收时应逐组检查以下内容：
1.数量与型号：核对送货单，杂志架组数、型号与采购清单一致，配件齐全。
2.外观：表面无划痕、鼓包和脱漆，金属边角已做圆角处理，用手触摸无毛刺。
3.稳定性：落地式杂志架应与墙体固定，用手在顶部水平推动，架体无明显晃动；儿童阅读区的杂志架高度不超过1米。
4.承重：每层放满期刊后，层板无明显下弯，斜面挡条不松脱。
5.资料：供货方应提供产品合格证、检测报告和安装说明，验收小组签字后归档。
验收不合格的，由供货方限期整改，整改后重新验收。
""",
    ),
    dict(
        slug="yingye-snapshot-hotel-wardrobe-tie-racks-notice",
        site="萤页快照 (invented search-cache frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.yingye-search.example.com/c?u=www.gyguojijiudian.example.cn/tz/1206.html",
        title="关于客房衣柜统一加装领带架的通知",
        record_title="关于客房衣柜统一加装领带架的通知_洸阳国际酒店 - 萤页快照",
        record_date="2024-12-06",
        date="2024-12-06",
        notes=(
            "snapshot frame: a capture banner with a capture stamp (no date) and highlighted keywords, then the "
            "hotel's own page chrome; the record gives the date; a schedule table one row a paragraph"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于客房衣柜统一加装领带架的通知_洸阳国际酒店 - 萤页快照</title>
<script src="/snap/banner.js"></script>
</head>
<body>
<div class="snap-banner" style="background:#ffffe0;border:1px solid #ccc">
<p>⟦d 您正在查看的是萤页保存的网页快照，抓取于 2025-02-03 14:26，原网页可能已经更新。⟧</p>
<p>⟦a 查看原网页⟧　⟦m 以下关键词已标亮：<b style="background:yellow">领带架</b> <b style="background:#9ff">客房</b>⟧</p>
</div>
<div class="orig">
<div class="hotel-head">⟦m 洸阳国际酒店 · 员工服务站⟧</div>
<div class="hotel-nav">⟦m 首页 | 酒店公告 | 部门动态 | 员工园地⟧</div>
<h2>{T}</h2>
<div class="hotel-meta">⟦m 发布部门：客房部　阅读：214⟧</div>
{BODY}
<div class="hotel-foot">⟦m 洸阳国际酒店有限公司　地址：洸阳市滨河北路1号⟧</div>
</div>
</body>
</html>
""",
        body="""
各楼层领班、全体客房服务员：
酒店采购的280套客房衣柜领带架已全部到货，工程部将于12月9日起分楼层安装。现将有关事项通知如下：
楼层　安装日期　配合人员
8—10层　12月9日—12月10日　早班领班
11—13层　12月11日—12月12日　早班领班
14—16层　12月13日—12月14日　中班领班
一、安装期间，前台将相应楼层房间暂停出租，领班须提前核对房态。
二、服务员做房时须检查领带架是否牢固，发现松动及时报工程部。
三、领带架纳入客房物品清单，客人退房查房时一并检查。
洸阳国际酒店客房部
2024年12月6日
""",
    ),
    dict(
        slug="yingye-text-snapshot-museum-key-chain-design-call",
        site="萤页快照 (invented, text-only cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.yingye-search.example.com/t?u=www.gybwg.example.cn/gg/2025/0301.html",
        title="洸阳市博物馆文创钥匙链设计征集公告",
        record_title="〔萤页文字版快照〕洸阳市博物馆文创钥匙链设计征集公告",
        date="2025-03-01",
        notes=(
            "text-only snapshot: a capture line (no date) and a 'view the original' link; sentences on 下载 the "
            "entry form and 关注 the museum's account are content; the museum's own 邮箱/电话 beside the cache's "
            "feedback line; 成文日期"
        ),
        indent="",
        page="""
!d 这是萤页对 www.gybwg.example.cn/gg/2025/0301.html 的纯文字快照，于 2025-04-16 抓取，仅显示文字。
!a 查看完整快照　|　打开原网页
!m 洸阳市博物馆 - 通知公告
{T}
{BODY}
!m 快照问题反馈：kuaizhao@yingye-search.example.com
""",
        body="""
为推动馆藏文物活起来，丰富博物馆文创产品，现面向社会公开征集文创钥匙链设计方案。
一、征集主题：以本馆馆藏的青铜器、陶瓷、书画为元素，设计便于携带、适合批量生产的钥匙链。
二、征集对象：设计院校师生、设计机构和个人均可参加，每人（团队）限投3件。
三、作品要求：提交设计效果图、尺寸和材质说明；作品须为原创，不得侵犯他人知识产权。
四、截止时间：2025年4月30日。应征者请在博物馆官网下载报名表，填好后连同作品发送至wenchuang@gybwg.example.cn。
五、奖励办法：评选一等奖1名、二等奖3名、优秀奖10名，获奖作品将投入生产并在馆内文创商店销售。评选结果请关注“洸阳市博物馆”公众号。
联系电话：0913-3312876
洸阳市博物馆
2025年3月1日
""",
    ),
    dict(
        slug="jiexi-commerce-print-view-shoe-tree-export-fair",
        site="漈溪县商务局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://swj.jiexi.example.gov.cn/print.jsp?id=88071",
        title="关于组织鞋撑等木制品企业参加秋季出口商品交易会的通知",
        record_title="打印预览窗 › 关于组织鞋撑等木制品企业参加秋季出口商品交易会的通知 › 漈溪县商务局",
        date="2025-08-06",
        notes=(
            "print view calling window.print(): a print stamp (no date), print/close buttons, a print footer "
            "┅ 第1页 ┅ 共1页 ┅; a 文号 line neutral; 附件 line and the bureau's 联系人/电话 in the body; "
            "成文日期"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>打印预览窗 › 关于组织鞋撑等木制品企业参加秋季出口商品交易会的通知 › 漈溪县商务局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭窗口〕⟧</div>
<div class="print-head">⟦m 漈溪县商务局 · 打印稿⟧</div>
<div class="print-stamp">⟦m 打印时间：2025-08-11 10:32　打印人：访客⟧</div>
<p align="center">漈商〔2025〕41号</p>
<h2 align="center">{T}</h2>
{BODY}
<div class="print-url">⟦m 原文地址：http://swj.jiexi.example.gov.cn/art/2025/8/7/art_2207_88071.html⟧</div>
<div class="print-foot">⟦p ┅ 第1页 ┅ 共1页 ┅⟧</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为帮助我县木制品企业拓展国际市场，县商务局决定组织鞋撑、衣架、木制餐具等木制品企业参加2025年秋季出口商品交易会。现将有关事项通知如下。
一、展会时间：2025年10月15日至19日。
二、参展条件：在我县注册、具有进出口经营资格的木制品生产企业，优先支持香樟木鞋撑等特色产品企业。
三、支持政策：县财政对参展企业的展位费给予50%补助，每家企业最多补助两个标准展位。
四、报名方式：请有意参展的企业填写参展申请表，于8月20日前报县商务局外贸股。
联系人：邝文博　电话：0596-8862150
附件：参展申请表
漈溪县商务局
2025年8月6日
""",
    ),
    dict(
        slug="gallery-print-request-picture-hooks-rail-system",
        site="洸阳美术馆 (invented, print view as text)",
        style="打印页",
        genre="请示",
        kind="report",
        form="text",
        source="http://www.gyart.example.org.cn/xxgk/print/2024-0326.html",
        title="关于更换美术馆展厅挂画钩及吊轨系统的请示",
        record_title="〈美术馆打印稿〉关于更换美术馆展厅挂画钩及吊轨系统的请示",
        date="2024-03-26",
        notes="print view as text: print/close buttons, a print stamp (no date), a print footer ⏽ 1／1 ⏽; a budget table one row a paragraph; 联系人/电话 in the body; 成文日期",
        indent="\u3000\u3000",
        page="""
!a 打印本页　|　关闭
!m 洸阳美术馆 · 信息公开　打印版
!m 打印于 2025-01-14 09:05
{T}
{BODY}
!m 本页地址：http://www.gyart.example.org.cn/xxgk/2024-0326.html
!p ⏽ 1／1 ⏽
""",
        body="""
市文化广电和旅游局：
我馆一、二号展厅的挂画钩和吊轨系统于2009年开馆时安装，已使用十五年。近年来，吊轨多处锈蚀卡滞，部分挂画钩出现变形，去年布展时曾发生挂钩滑脱、画框落地事件，所幸未损坏作品。为保障展品和观众安全，拟对两个展厅的挂画钩及吊轨系统进行整体更换。
项目　数量　估算金额（万元）
铝合金吊轨　310米　9.3
可调挂画钩及钢丝吊绳　600套　4.8
拆除及安装　1项　2.6
合计约16.7万元，拟从我馆2024年免费开放补助资金中列支。
妥否，请批示。
联系人：宋一帆　电话：0913-3345129
洸阳美术馆
2024年3月26日
""",
    ),
    dict(
        slug="webmail-forward-reading-room-magazine-racks-letter",
        site="漈溪县图书馆 webmail (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jiexilib.example.cn/read?mid=ZC8812004&folder=inbox",
        title="关于征订2025年度阅览室杂志架的函",
        record_title="Fwd: 关于征订2025年度阅览室杂志架的函",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes=(
            "webmail reading view: mail headers (发件人/收件人/抄送/时间), an attachment bar beside the letter's own "
            "附件 list, a forwarded-message header; the letter's own 联系人/电话/邮箱 and its 抄送 line in the body; "
            "the mail's send date differs from the 成文日期 (also accepted)"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Fwd: 关于征订2025年度阅览室杂志架的函 - 漈溪县图书馆邮箱</title>
<script src="/webmail/js/reader.min.js"></script>
</head>
<body>
<div class="wm-top">⟦m 漈溪县图书馆邮箱⟧　⟦m 采编部 蓝晓⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除　通讯录⟧</div>
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标记为　移动到⟧</div>
<div class="wm-head">
<p>⟦t Fwd: 关于征订2025年度阅览室杂志架的函⟧</p>
<p>⟦m 发件人：馆办 莫婉清 &lt;gb@jiexilib.example.cn&gt;⟧</p>
<p>⟦m 收件人：采编部 &lt;cbb@jiexilib.example.cn&gt;⟧</p>
<p>⟦m 抄　送：馆长 &lt;gz@jiexilib.example.cn&gt;⟧</p>
<p>⟦m 时　间：2024年12月3日(星期二) 上午9:14⟧</p>
</div>
<div class="wm-att">⟦a 附件 2 个（共 1.3MB）：杂志架征订单.xlsx　产品参数表.pdf　全部下载　预览⟧</div>
<div class="wm-body">
<p>⟦m 请采编部阅办，本周内回复征订数量。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：洸阳榫合办公家具有限公司 &lt;sales@sunhe-jiaju.example.cn&gt;⟧</p>
<p>⟦m 日期：2024年12月2日 16:47⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-foot">⟦d 本邮件由图书馆邮件系统自动进行病毒扫描⟧</div>
</body>
</html>
""",
        body="""
漈溪县图书馆：
贵馆2024年采购的期刊杂志架使用情况良好。为便于贵馆做好2025年度阅览室设备更新计划，现将我公司新款杂志架征订事项函告如下。
一、新款斜面杂志架采用钢木结构，单面6层，可选配儿童区低矮款，符合县办公家具行业协会《期刊杂志架》团体标准（征求意见稿）的各项要求。
二、请贵馆于12月20日前填写征订单，注明型号、数量和送货时间，盖章后扫描发回我公司邮箱。
三、老客户征订可享九折优惠，并免费上门安装。
联系人：柏丹　电话：0913-3360472　邮箱：sales@sunhe-jiaju.example.cn
附件：1.杂志架征订单
2.产品参数表
洸阳榫合办公家具有限公司
2024年12月2日
抄送：漈溪县文化广电和旅游局
""",
    ),
    dict(
        slug="mail-forward-text-tie-rack-sample-confirmation-docx",
        site="洸阳国际酒店 mail forward (invented, plain text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:purchase@gyguojijiudian.example.cn?subject=fwd-sample-1121",
        title="关于领带架样品确认的函",
        record_title="转发：关于领带架样品确认的函.docx",
        date="2024-11-20",
        date_also=["2024-11-21"],
        notes="forwarded mail as text: a file-name subject, mail headers and a forward note, an attachment line; the letter's own 联系人/电话; the send date differs from the 成文日期 (also accepted)",
        indent="",
        page="""
!m 发件人：洸阳国际酒店采购部 <purchase@gyguojijiudian.example.cn>
!m 收件人：溙城区巧木家居有限公司 <qiaomu@example.cn>
!m 发送时间：2024-11-21 08:37
!t 主题：转发：关于领带架样品确认的函.docx
!m 附件：关于领带架样品确认的函.docx（38KB）
!m 巧木家居销售部：您好，函件全文转发如下，原件见附件，请查收。
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!d 此邮件及附件仅供收件人使用，如误收请删除并告知发件人。
""",
        body="""
溙城区巧木家居有限公司：
贵公司11月15日送来的客房衣柜领带架样品（型号QM-LD12），经我店客房部、工程部共同检验，确认如下：
一、样品外观、尺寸、挂位数量（12位）符合合同约定，同意按样品批量生产。
二、挂杆端头的圆头护套请改为与衣柜内饰一致的深灰色。
三、每套领带架须随附安装螺丝4颗及安装说明一份。
请贵公司按合同约定于11月30日前将280套领带架全部送达我店，送货前两天与我店联系。
联系人：邱先生　电话：0913-3306680
洸阳国际酒店有限公司采购部
2024年11月20日
""",
    ),
]
