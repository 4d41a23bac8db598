"""holdout230, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mail.

Every case written by hand; everything in it is invented. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-handrail-jammer",
        site="上岸驿站论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-204417-1-1.html",
        title="一根扶手里的民生温度",
        record_title="【大作文互评】一根扶手里的民生温度（第3稿，欢迎挑刺）- 申论天地 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer-font junk glued after sentences and on a line of its own, a reply-to-see "
        "prompt, a rating row and a QQ-group ad; an essay posted 4 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【大作文互评】一根扶手里的民生温度（第3稿，欢迎挑刺）- 申论天地 - 上岸驿站论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 考公路上，有人同行⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站论坛 › 笔试交流 › 申论天地⟧</div>
<div class="gg">⟦w 申论批改互助群：QQ群 873305162（备注“驿站”）⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 今年一定上岸⟧<br>⟦m 积分 655　精华 2⟧</td>
<td class="plc">
<h1>⟦t 【大作文互评】一根扶手里的民生温度（第3稿，欢迎挑刺）⟧</h1>
<div class="authi">⟦m 发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有参考范文，回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 3　驿站币 +6　理由：结构清楚⟧</div>
<div class="po">⟦a 回复　收藏　分享⟧</div>
</td></tr></table>
<div id="ft">⟦m 上岸驿站论坛　Powered by Discuz! X3.5⟧ ⟦m 鲁ICP备19044107号⟧</div>
<script src="static/js/common.js?A8c"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
城市的温度，往往藏在细节里。一根楼梯扶手，对年轻人来说可有可无，对腿脚不便的老人来说，却是出门的依靠。
当前，不少老旧小区建于上世纪，楼道狭窄，扶手缺失或锈蚀，老人“下楼难”的问题日益突出。一些地方在改造中重外立面、轻楼道细节，花了钱却没有解决群众最关心的事。
补齐这根扶手，需要多方合力。政府部门要把扶手加装纳入老旧小区改造清单，明确标准；社区要摸清需求，逐楼逐户登记；物业和居民要共同维护，让扶手装得上、用得好。
民生无小事。把一根扶手装好，就是把群众的冷暖放在心上。
""",
    ),
    dict(
        slug="examforum-tongxing-interview-sensor-lights-junk",
        site="公考同行论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gktongxing.com/forum/t/99120",
        title="小区感应灯坏了半年没人修，居民找到你，你怎么办",
        record_title="〔结构化模拟〕小区感应灯坏了半年没人修，居民找到你，你怎么办 - 面试专区 - 公考同行论坛",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a poster's edit note, a reply-to-see "
        "prompt; posted 6 天前 (no date)",
        page="""
!m 公考同行论坛 › 面试专区
!t 〔结构化模拟〕小区感应灯坏了半年没人修，居民找到你，你怎么办
!m 楼主：岸边等风　发表于 6 天前　浏览 1377
!m 本帖最后由 岸边等风 于 5 天前 编辑
{BODY}
!a 回复本帖可查看老师点评
!l 1楼 面试小白：思路清晰，“回访”这一步很加分
!m 公考同行论坛 · gktongxing.com
""",
        junk=dict(lines=2, glued=2),
        body="""
【题目】你是社区工作人员，居民反映小区楼道感应灯坏了半年没人修，情绪很大，你怎么办？
【作答】首先，我会耐心接待居民，对给大家带来的不便表示歉意，让大家先把情绪放下来。
其次，我会当天到现场查看，统计损坏感应灯的数量和位置。同时联系物业，了解迟迟未修的原因，是缺少维修资金，还是责任不清。
再次，针对原因推动解决。物业能修的，督促限期修好；涉及公共维修资金的，协调业委会按程序启用；必要时请街道出面协调。
最后，修好后回访居民。我还会建议物业建立楼道照明定期巡检制度，防止类似问题再次发生。
""",
    ),
    dict(
        slug="wiki-baixiao-entry-barrier-gate-infobox",
        site="百晓百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.baixiao.cn/item/道闸/5520913",
        title="道闸",
        record_title=None,
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box and reference markers "
        "glued after sentences; the entry name is the <h1> and opens the body (matched as head); an "
        "update stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>百晓百科</title>
</head>
<body>
<div class="bk-top">⟦m 百晓百科⟧ ⟦m 百问百晓，知无不言⟧ <a>⟦a 创建词条⟧</a></div>
<div class="bk-tabs"><a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<div class="bk-main">
<h1>{T}</h1>
<p class="bk-sub">⟦m 出入口车辆管理设备⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：道闸⟧</td><td>⟦m 别　名：挡车器、栏杆机⟧</td></tr>
<tr><td>⟦m 应用场所：停车场、小区、收费站⟧</td><td>⟦m 组　成：机箱、电机、起落杆⟧</td></tr>
</table>
<div class="catalog"><h3>⟦l 目录⟧</h3><p>⟦l 1 概述　2 结构　3 配套设备　4 安全功能⟧</p></div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 停车场出入口设备选型手册．毹阳：纁湖出版社⟧</p></div>
<p class="bk-stat">⟦m 词条浏览 8.6万次　最近更新：3 天前⟧</p>
</div>
<div class="bk-foot">⟦d 词条内容由网友协作编辑，仅供参考⟧ ⟦m © 2025 baixiao.cn⟧</div>
<script src="https://s.baixiao.cn/bk/lemma.min.js"></script>
</body>
</html>
""",
        body="""
道闸，又称挡车器、栏杆机，是安装在道路出入口、用于限制机动车通行的设备，广泛用于停车场、住宅小区和收费站。⟦l [1]⟧
道闸一般由机箱、电机、减速机构、平衡装置和起落杆组成。按起落杆形式，可分为直杆道闸、曲臂道闸和栅栏道闸；曲臂道闸多用于层高较低的地下车库。
现代道闸常与车牌识别、地感线圈、防砸雷达等设备配套使用，能够实现车辆自动识别放行和收费管理。⟦l [2]⟧
为防止起落杆下落时砸伤车辆和行人，道闸通常设有遇阻回弹功能，断电时可以手动抬杆。
""",
    ),
    dict(
        slug="wiki-jiaju-entry-shower-curtain-contents",
        site="居家百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.jiajubaike.net/ct/yulian.html",
        title="浴帘",
        record_title="浴帘_卫浴词条_居家百科",
        date=None,
        notes="encyclopaedia as text: the entry name with an edit link glued to a section heading, a contents "
        "line, contributor and view counts; no date",
        page="""
!m 居家百科 · 家居生活知识库
!t 浴帘_卫浴词条_居家百科
{T}
!a 编辑词条　｜　收藏　｜　纠错
!l 目录：1 简介　2 材质　3 配件　4 保养
{BODY}
!m 本词条贡献者：卫浴小哥等9人　　浏览次数：23081
!l 相关词条：浴帘杆　淋浴房　防水条
""",
        body="""
浴帘是悬挂在淋浴区周围、用于遮挡视线和阻挡水花外溅的帘子，常见于没有淋浴房的卫生间和酒店客房。
材质⟦a ［编辑本段］⟧
按材质分，浴帘有涤纶、PEVA、PVC等几类。涤纶浴帘手感柔软、可以机洗；PEVA浴帘防水性好、不含氯；PVC浴帘价格低，但遇热容易产生异味。
配件
浴帘一般配合浴帘杆和挂环使用。浴帘杆有直杆、L形杆和弧形杆之分，安装方式分为打孔固定和免打孔伸缩两种。
保养
使用中应保持浴帘干燥通风，定期清洗，防止发霉。
""",
    ),
    dict(
        slug="netdisk-yunqie-acceptance-sensor-lights-pdf-markers",
        site="云箧网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="html",
        source="https://pan.yunqie.com/s/7KQ2vXb9",
        title="楼道人体感应灯安装验收要点",
        record_title="楼道人体感应灯安装验收要点.pdf",
        date="2025-01-20",
        notes="file-name record title; a cloud-drive preview cut by page-marker paragraphs; an expiry line "
        "with a relative time; VIP prompts; 成文日期 under the office's signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>楼道人体感应灯安装验收要点.pdf_免费高速下载|云箧网盘</title>
</head>
<body>
<div class="yq-head">⟦m 云箧网盘⟧ <a>⟦a 开通超级会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yq-share">
<div class="yq-file">⟦t 楼道人体感应灯安装验收要点.pdf⟧</div>
<p class="yq-info">⟦m 分享者：城建办小郑　文件大小：1.2MB　6天后失效⟧</p>
<div class="yq-btn"><a>⟦a 保存到我的云箧⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 会员极速下载⟧</a></div>
<div class="yq-preview">
{BODY}
</div>
<div class="yq-tip">⟦a 预览清晰度受限，开通会员查看原画质⟧</div>
</div>
<div class="yq-foot">⟦d 请勿通过云箧网盘传播违法违规内容，一经发现将封禁链接⟧ ⟦m yunqie.com⟧</div>
<script src="https://s.yunqie.com/share/preview.js"></script>
</body>
</html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⍅ {n} ⍆", every=80, start=2),
        body="""
一、外观检查
灯具外壳无裂纹、无变形，灯罩透光均匀，铭牌标明额定功率、感应方式和生产厂家。
二、安装检查
1.灯具安装牢固，吸顶灯距楼梯踏步面的高度不低于2.2米。
2.感应探头朝向楼梯通行方向，不得被管线或广告牌遮挡。
3.接线盒内导线连接可靠，绝缘层无破损，不得裸露。
三、功能检查
人员进入感应范围后，灯具应在1秒内点亮；人员离开后，延时熄灭时间应在30秒至90秒之间可调。白天光照充足时，灯具不应误亮。
四、资料移交
施工单位应移交灯具合格证、检测报告和安装位置图，由物业服务企业存档备查。
觞水县城关街道办事处城建办
2025年1月20日
""",
    ),
    dict(
        slug="netdisk-hezi-rules-hotel-towels-pdf-markers",
        site="盒子云盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.hezipan.cn/share/init?surl=Tf8mW2",
        title="客房布草洗涤管理制度",
        record_title="客房布草洗涤管理制度.pdf",
        date=None,
        notes="file-name record title; a cloud-drive text preview cut by page markers on lines of their own; "
        "a rules text with 第N条 articles and only an effective clause; a share stamp with a relative time",
        page="""
!m 盒子云盘 · 文件分享
!t 客房布草洗涤管理制度.pdf
!m 分享于 昨天 16:48　永久有效　已被保存 38 次
!a 保存到盒子　　下载（需登录）
{BODY}
!a 在线预览仅显示文字，图片和表格请下载原文件查看
!d 盒子云盘不对用户分享的文件内容负责
""",
        pages=dict(fmt="◱ {n} ◲", every=80, start=2),
        body="""
第一条　为规范客房布草洗涤管理，保证浴巾、面巾、床单等布草清洁卫生，制定本制度。
第二条　客房服务员撤换布草时，浴巾、面巾与地巾、抹布应分袋存放，严禁混装。
第三条　布草收发员每日清点送洗布草数量，填写送洗登记表，与洗涤厂交接时双方签字确认。
第四条　洗涤厂送回的浴巾应无污渍、无异味、无破损，毛圈蓬松，叠放整齐。发现不合格的，当场退回重洗。
第五条　浴巾出现破洞、严重发黄或毛圈脱落的，应及时报废，报废须经客房部经理签字。
第六条　布草房应保持通风干燥，浴巾离地离墙存放，先洗先用。
第七条　本制度自发布之日起执行，由客房部负责解释。
""",
    ),
    dict(
        slug="snapshot-suying-college-curtains-highlight",
        site="溯影快照 (invented search cache) of 毹阳职业技术学院",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.suying.com/c?u=www.syzy.edu.cn/xsc/2024/0920/305.html",
        title="关于学生宿舍统一更换浴帘的通知",
        record_title="〖快照存档〗关于学生宿舍统一更换浴帘的通知 - 毹阳职业技术学院 - 溯影快照",
        date="2024-09-20",
        notes="a snapshot frame with a capture banner (its timestamp no date) and highlighted keywords above "
        "the college's page; the notice's own 公寓管理科 phone beside the college switchboard",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖快照存档〗关于学生宿舍统一更换浴帘的通知 - 毹阳职业技术学院 - 溯影快照</title>
</head>
<body>
<div class="sy-cache">
<p>⟦d 溯影提示：您看到的是本页2024年10月2日 11:20的留存副本，原网页可能已变动⟧ <a>⟦a 访问原网页⟧</a></p>
<p>⟦d 已为您标亮搜索词：<b style="background:#ff6">浴帘</b> <b style="background:#6ff">宿舍</b>⟧</p>
</div>
<hr>
<div class="orig">
<div class="zy-head">⟦m 毹阳职业技术学院　学生处⟧</div>
<div class="zy-nav">⟦m 首页　工作动态　通知公告　学生资助　公寓管理⟧</div>
<h2>{T}</h2>
<p class="zy-meta">⟦m 作者：学生处　点击：2310⟧</p>
<div class="zy-con">
{BODY}
</div>
<div class="zy-foot">⟦m 学院总机：0739-8305000　地址：毹阳市綦城区职教路5号⟧</div>
</div>
<script>/* suying cache frame */</script>
</body>
</html>
""",
        body="""
各二级学院、全体住校学生：
为改善学生宿舍卫生条件，学校将于9月23日至27日为南苑学生公寓统一更换浴帘。现将有关事项通知如下：
一、新浴帘由学校统一采购，学生无需缴费，请勿自行购买或加装其他遮挡物。
二、更换当天，宿舍须留一名同学在场，配合宿管人员入室更换。
三、旧浴帘由宿管人员统一回收处理，请勿随意丢弃在楼道内。
如有疑问，请联系学生处公寓管理科，电话：0739-8305516。
学生处
2024年9月20日
""",
    ),
    dict(
        slug="snapshot-tanlu-text-request-handrail-subsidy",
        site="探路搜索 (invented search engine, text-only cache) of 氆河县住房和城乡建设局",
        style="搜索快照",
        genre="请示",
        kind="notice",
        form="text",
        source="http://kz.tanlu.cn/text?url=zjj.puhe.gov.cn/xxgk/2025/0217/44.html",
        title="关于申请老旧小区楼道加装扶手补助资金的请示",
        record_title="关于申请老旧小区楼道加装扶手补助资金的请示（无图速览版）- 探路文字快照",
        date="2025-02-17",
        notes="a text-only cache, hard-wrapped at 66 columns: crawl banner and a style-stripped note; the "
        "request's own 联系人 line after the date; 附件 line; 成文日期 expected",
        page="""
!d 探路文字快照｜图片与样式已省略，仅保留正文文字
!d 抓取于 3 天前，页面内容以原网站为准
!m 氆河县住房和城乡建设局 > 信息公开 > 请示报告
{T}
{BODY}
!m 原网址：zjj.puhe.gov.cn/xxgk/2025/0217/44.html
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
县财政局：
为解决老旧小区老年居民上下楼难的问题，我局计划2025年在城区19个老旧小区、214个单元楼道加装或更换楼梯扶手，经测算共需资金96.3万元。
目前，已从老旧小区改造项目中统筹安排资金52万元，尚有44.3万元缺口。为确保项目在雨季前完工，特申请县级财政补助资金44.3万元。
妥否，请批示。
附件：楼道扶手加装项目资金测算表
氆河县住房和城乡建设局
2025年2月17日
（联系人：薛冬梅，电话：0737-6620419）
""",
    ),
    dict(
        slug="print-shangshui-bulletin-towel-spotcheck-footer",
        site="觞水县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.shangshui.gov.cn/print.jsp?id=60215",
        title="关于第三季度宾馆浴巾卫生质量抽检情况的通报",
        record_title="〈打印视图〉关于第三季度宾馆浴巾卫生质量抽检情况的通报 — 觞水县市场监督管理局",
        date="2024-10-11",
        notes="a print view calling window.print(): print/close buttons, a print-time stamp (no date), a "
        "results table one row a paragraph, a print footer closing the page; 成文日期 expected",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〈打印视图〉关于第三季度宾馆浴巾卫生质量抽检情况的通报 — 觞水县市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint"><button onclick="window.print()">⟦a 🖨 开始打印⟧</button> <button onclick="window.close()">⟦a ✕ 关闭窗口⟧</button></div>
<p class="src">⟦m 觞水县市场监督管理局　｜　打印时间：2024-10-15 08:31⟧</p>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<p class="print-url">⟦m 本页地址：scjgj.shangshui.gov.cn/art/2024/10/60215.html⟧</p>
<p class="print-foot">⟦p ◶ 第1页 / 共1页 ◶⟧</p>
</body>
</html>
""",
        body="""
各宾馆、酒店：
9月，县市场监管局对城区22家宾馆的客房浴巾开展了卫生质量抽检，共抽检样品44份，合格39份，合格率88.6%。不合格情况如下：
单位名称　抽检项目　检测结果
觞水县悦途宾馆　细菌总数　不合格
觞水县和家商务酒店　大肠菌群　不合格
觞水县半山客栈　pH值　不合格
对抽检不合格的单位，县局已责令限期整改，并将于10月底前组织复检。各宾馆要严格执行浴巾“一客一换”，建立洗涤消毒台账。
觞水县市场监督管理局
2024年10月11日
""",
    ),
    dict(
        slug="print-qiyuan-rules-garage-barrier-duty",
        site="綦园物业服务中心 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.qiyuanwy.com/zd/print.php?id=31",
        title="地下车库道闸值守管理制度",
        record_title="地下车库道闸值守管理制度（便携打印版）- 綦园物业服务中心",
        date=None,
        notes="a print view as text: print header with a print stamp (no date), the page URL and a print "
        "footer closing it; numbered rules without any date",
        page="""
!a 打印本页 ▸　　关闭
!m 綦园物业服务中心 · 规章制度
!t 地下车库道闸值守管理制度（便携打印版）
!m 打印于：今天 14:05
{BODY}
!m 网址：www.qiyuanwy.com/zd/31.html
!p ⌽ 第 1 页，共 1 页 ⌽
""",
        body="""
一、值守人员应提前10分钟到岗，检查道闸起落杆、车牌识别和收费终端运行是否正常，并填写交接班记录。
二、车辆识别失败时，值守人员应核对车主信息后手动抬杆放行，不得让车辆长时间滞留在坡道上。
三、遇消防车、救护车等紧急车辆，应立即抬杆放行，并保持道闸常开，直至车辆离开。
四、道闸发生故障时，值守人员应立即报告工程部，故障排除前改为人工值守抬杆。
五、值守人员不得擅自更改收费标准，不得私自收取现金。
六、本制度由綦园物业服务中心负责解释。
""",
    ),
    dict(
        slug="mail-xunhu-inquiry-sensor-lights-attachment-bar",
        site="纁湖邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.xunhu.gov.cn/read?mid=ZL3291-0507",
        title="关于采购楼道感应灯的询价函",
        record_title="【转寄】Fwd: 关于采购楼道感应灯的询价函",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="webmail reading view: forwarded headers, an attachment bar beside the letter's own 附件 list; "
        "asking suppliers to download and scan the inquiry is content; the letter's 联系人/电话/邮箱 under "
        "mail headers; 成文日期 expected, the send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>纁湖邮 - 读信</title>
</head>
<body>
<div class="wm-top">⟦m 纁湖邮 · 纁湖区政务邮箱⟧ <span>⟦m wyb@xunhu.gov.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-left"><a>⟦m 收信⟧</a><a>⟦m 写信⟧</a><a>⟦m 收件箱(12)⟧</a><a>⟦m 已发送⟧</a></div>
<div class="wm-read">
<div class="wm-bar"><a>⟦a 回复⟧</a> <a>⟦a 回复全部⟧</a> <a>⟦a 转发⟧</a> <a>⟦a 删除⟧</a></div>
<h3>⟦t 【转寄】Fwd: 关于采购楼道感应灯的询价函⟧</h3>
<table class="wm-hd">
<tr><td>⟦m 发件人：纁湖区物业管理服务中心 &lt;xhwyzx@126.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年5月7日（星期三）上午9:12⟧</td></tr>
<tr><td>⟦m 收件人：区物业办 &lt;wyb@xunhu.gov.cn&gt;⟧</td></tr>
</table>
<div class="wm-fwd">⟦m ---------- 转寄的邮件 ----------⟧</div>
<div class="wm-body">
<h4>{T}</h4>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 2 个：询价单.xlsx（18K）　技术参数要求.pdf（96K）　打包下载⟧</div>
</div>
<div class="wm-foot">⟦d 纁湖邮提醒：请勿点击来历不明的链接⟧</div>
<script src="/webmail/js/readmail.js?v=20250301"></script>
</body>
</html>
""",
        body="""
各供应商：
我中心拟采购楼道人体感应灯一批，现进行询价，欢迎符合条件的供应商报价。
一、采购内容：LED人体感应吸顶灯（12瓦，微波感应）600盏，含安装。
二、报价要求：请下载附件中的询价单，填写单价、总价和供货期，加盖公章后扫描发送至指定邮箱。
三、报价截止时间：2025年5月13日17时。
联系人：祝晓曼，电话：0739-8246671，邮箱：xhwyzx@126.com。
附件：1.询价单
2.技术参数要求
纁湖区物业管理服务中心
2025年5月6日
""",
    ),
    dict(
        slug="mail-piaoxi-request-rehab-curtains-forwarded",
        site="缥溪县中医医院邮件系统 (invented, a forwarded mail as text)",
        style="邮件转发",
        genre="请示",
        kind="notice",
        form="text",
        source="mailto:yb@pxxzyy.cn?fwd=20240515-1003",
        title="关于更换康复病区浴帘的请示",
        record_title="转发：【院办】关于更换康复病区浴帘的请示",
        date="2024-05-14",
        date_also=["2024-05-15"],
        notes="a forwarded mail as text: forward and original headers with the mail's own 抄送 header beside the "
        "document's 抄送 line; 成文日期 expected, the mail's date also accepted",
        page="""
!m 发件人: 院办 <yb@pxxzyy.cn>
!m 发送时间: 2024年5月15日 10:03
!m 收件人: 分管副院长 <fgyz@pxxzyy.cn>
!m 主题: 转发：【院办】关于更换康复病区浴帘的请示
!m ----- 原始邮件 -----
!m 发件人: 康复科 <kfk@pxxzyy.cn>
!m 抄送: 医务科 <ywk@pxxzyy.cn>
{T}
{BODY}
!d 此邮件由缥溪县中医医院邮件系统发送，内部资料请勿外传
""",
        body="""
院领导：
康复科病区共有病房24间，每间病房卫生间均设有淋浴区。目前使用的浴帘已用了四年，普遍存在发霉、挂钩脱落等问题，且浴帘下摆过长，患者洗浴时容易踩到滑倒，今年已发生两起险情。
为保障患者洗浴安全，拟将病区48条浴帘全部更换为防霉、下摆离地5厘米的医用浴帘，并同步更换浴帘轨道，预计费用1.9万元，从科室年度维修经费中列支。
妥否，请批示。
康复科
2024年5月14日
抄送：总务科、护理部
""",
    ),
]
