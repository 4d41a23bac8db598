"""holdout227, part F: an exam forum, encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-anshang-essay-pouch-style-junk",
        site="岸上公考社区 (invented exam forum, text page)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.anshanggk.com/thread-229917-1-1.html",
        title="小小文件袋，照见机关作风",
        record_title="[大作文习作] 小小文件袋，照见机关作风（习作一篇，请轻拍） - 申论批改区 - 岸上公考社区",
        date=None,
        notes="exam forum essay with junk lines and glued junk; a moderator's note and replies; 昨天 is no date",
        page="""
!m 岸上公考社区 · 一起上岸
!m 岸上公考社区 › 申论批改区 › 大作文
!t [大作文习作] 小小文件袋，照见机关作风（习作一篇，请轻拍）
!m 晨读打卡第88天　发表于 昨天 06:12　|　查看 733　|　回复 9
{BODY}
!l 【版主点评】立意准确，第三段论证可再展开，参考得分32—35分。
!l 2# 岸边等风来：开头很抓人，学习了
!l 3# 申论小白：求楼主的素材积累本
!a 回复本帖即可下载本周申论热点素材包
!m 岸上公考社区　京ICP备21040712号
""",
        junk=dict(lines=1, glued=2),
        body="""
文件袋虽小，却能照见一个机关的作风。
有的单位，文件袋用一次就扔，抽屉里塞满了印着单位名称的新袋子；有的单位，一个文件袋在科室之间传来传去，袋面贴满了流转单，边角补了又补。前者看似小事，背后却是“公家的东西不心疼”的心态。
作风建设从来不是空口号，而是落在每一张纸、每一度电、每一个文件袋上。过紧日子，就要从这些细处抠起。
当然，节约不是一味地“抠”。该用的要用，该换的要换，关键是让每一分钱都花在明处、用在实处。
小文件袋里装着大道理。以小见大、久久为功，机关作风才能真正好起来。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-counter-h1-missing",
        site="万象知典 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangzhidian.com/item/点钞机/20914",
        title="点钞机",
        record_title=None,
        date=None,
        notes="encyclopaedia: no title in the record (the <h1>, also the body's first word: matched as head); infobox, contents box, edit/discuss/history tabs, a reference marker glued after a sentence, section headings as body lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>点钞机_万象知典</title>
<script src="https://s.wanxiangzhidian.com/item.js"></script>
</head><body>
<div class="wx-top"><a>⟦m 万象知典⟧</a> <span>⟦m 人人可编的知识典⟧</span> <a>⟦a 登录⟧</a></div>
<div class="wx-tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1 class="wx-h1">{T}</h1>
<div class="wx-sub">⟦m 金融机具⟧</div>
<table class="wx-info">
<tr><td>⟦m 中文名：点钞机⟧</td><td>⟦m 外文名：banknote counter⟧</td></tr>
<tr><td>⟦m 类　别：金融机具⟧</td><td>⟦m 主要功能：计数、鉴伪⟧</td></tr></table>
<div class="wx-toc">⟦l 目录　1 工作原理　2 分类　3 使用注意⟧</div>
<div class="wx-body">
{BODY}
</div>
<div class="wx-ref"><h4>⟦l 参考资料⟧</h4><p>⟦l [1] 金融机具使用与维护手册，濞州金融出版社⟧</p></div>
<div class="wx-edit">⟦m 本词条由“万象知典”用户共同编辑，最近更新：3 天前⟧</div>
<div class="wx-foot">⟦d 万象知典内容仅供参考，如需专业意见请咨询相关机构⟧　⟦m ©2025 wanxiangzhidian.com⟧</div>
</body></html>
""",
        body="""
点钞机是一种自动清点钞票数量的机电设备，通常兼有鉴别伪钞的功能，广泛用于银行柜台、超市收银台和各类收费窗口。
工作原理
点钞机通过捻钞轮把钞票逐张送入通道，由光电传感器计数。具备鉴伪功能的点钞机还会对钞票的荧光、磁性、红外等特征进行检测，发现可疑钞票时停机报警。⟦l [1]⟧
分类
按鉴伪能力，点钞机可分为普通点钞机和具有冠字号识别功能的点钞机；按结构，可分为卧式和立式两种。
使用注意
点钞机应放置在平稳、干燥处，定期清理灰尘并升级鉴伪程序。
""",
    ),
    dict(
        slug="wiki-zhidian-entry-sealer-text",
        site="知典百科 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhidianbaike.cn/entry/fengkouji",
        title="封口机",
        record_title="封口机_词条_知典百科",
        date=None,
        notes="encyclopaedia text page: entry name as a decorated title, the name repeated in an infobox-like line and in the body; edit and share links; 最近编辑 2 个月前 is no date",
        page="""
!m 知典百科 — 查一查，心里有底
!a 编辑词条　|　收藏　|　分享
{T}
!m 包装机械 · 食品加工设备
!m 浏览 1.8万次　最近编辑：2 个月前
{BODY}
!l 词条标签：包装机械　食品设备　家用电器
!l 相关词条：真空包装机　热收缩机　喷码机
!d 知典百科词条内容由网友编辑，不代表本站观点。
""",
        body="""
封口机是将盛有物品的包装袋或容器封闭起来的机器，常见于食品、药品、化工等行业，也用于家庭日常包装。
按封口方式，封口机可分为热封型、冷压型和胶带型；按操作方式，可分为手压式、脚踏式和连续式。家用和小作坊多用手压式封口机，食品厂多用连续式封口机。
热封型封口机的关键部件是加热元件和高温布，使用时应根据包装材料厚度调节温度和加热时间，以保证封口平整、牢固。
使用封口机时须注意防止烫伤，停机后应待加热部件冷却再清洁。
""",
    ),
    dict(
        slug="clouddrive-yunxia-points-pouch-filing-pdf",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="工作要点",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1Qk7dXm9Rw",
        title="文书档案装袋装盒操作要点",
        record_title="文书档案装袋装盒操作要点.pdf",
        date=None,
        notes="cloud-drive preview: file-name title, save/download buttons with a VIP prompt, share expiry stamp, a preview-quality line; numbered points without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>文书档案装袋装盒操作要点.pdf_免费高速下载｜云匣网盘-分享无限制</title>
<script src="https://pan.yunxia.cn/static/share.min.js"></script>
</head><body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yx-share"><p>⟦m 档案室小冯 分享的文件⟧</p>
<h2>{T}</h2>
<p>⟦m 分享于 5 天前　有效期：永久有效　大小：412KB⟧</p>
<div class="yx-btn"><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 下载（超级会员极速）⟧</button></div></div>
<div class="yx-preview"><p class="tip">⟦a 当前为标清预览，开通会员查看原始清晰度⟧</p>
{BODY}
</div>
<div class="yx-report">⟦a 举报该分享⟧</div>
<div class="yx-foot">⟦m © 2025 云匣网盘 yunxia.cn　粤ICP备20056911号⟧</div>
</body></html>
""",
        body="""
1.装袋前，逐件检查文件是否齐全，去除回形针、大头针等金属物。
2.按件号顺序排列，每件文件右上角加盖归档章并填写件号。
3.每个文件袋装填厚度不超过2厘米，袋面填写全宗号、年度、保管期限和起止件号。
4.文件袋竖放入档案盒，盒脊标签与袋面信息保持一致。
5.装盒完成后，由整理人、检查人分别在备考表上签名，并注明整理日期。
6.装盒后的档案按年度、保管期限分类上架，不得混放。
""",
    ),
    dict(
        slug="clouddrive-yunxia-instruction-clock-install-markers-pdf",
        site="云匣网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="text",
        source="https://pan.yunxia.cn/s/7Hc2pLq0Zt",
        title="人脸识别考勤机安装调试作业指导书",
        record_title="人脸识别考勤机安装调试作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: page markers ⛊ 第n页 ⛊ on lines of their own cut sentences; decimal headings 2.1–3.3; a work instruction without a date",
        page="""
!m 云匣网盘 · 文件预览
!t 人脸识别考勤机安装调试作业指导书.pdf
!m 时印售后部 分享于 2 周前　｜　3 页　｜　1.1MB
!a 〔保存到我的云匣〕　〔下载（需超级会员）〕
{BODY}
!a 预览仅显示前3页，完整文件请下载后查看
!a 举报该分享
""",
        pages=dict(fmt="⛊ 第{n}页 ⛊", every=95, start=2),
        body="""
1 适用范围
本指导书适用于公司售后人员在客户现场安装调试人脸识别考勤机。
2 安装要求
2.1 考勤机安装高度以屏幕中心距地面1.4米至1.5米为宜，避免正对门窗和强光。
2.2 设备应固定在承重墙面上，电源线和网线须穿管敷设，不得裸露。
3 调试步骤
3.1 通电后进入管理菜单，设置日期时间、设备编号和网络参数。
3.2 录入管理员信息后，按客户提供的名单逐一录入人脸，每人采集正面照片不少于两张。
3.3 组织五名以上员工现场测试识别速度，单人识别时间应不超过一秒。
4 交付
调试完成后填写安装验收单，请客户签字确认，并讲解日常清洁和数据导出方法。
""",
    ),
    dict(
        slug="snapshot-souwu-notice-vacuum-sealing-training",
        site="搜悟 (invented search engine, snapshot frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souwu.cn/c?u=www.xygxs.cn/tzgg/20251106/512.html",
        title="关于举办农产品真空封口包装技术培训班的通知",
        record_title="关于举办农产品真空封口包装技术培训班的通知 - 舾阳县供销合作社（搜悟网页快照）",
        date="2025-11-05",
        date_also=["2025-11-06"],
        notes="snapshot frame: capture banner with a capture stamp (no date) and highlighted terms, then the cached page; the notice's contact phone in the body; 成文日期 under the signature, the cached page's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于举办农产品真空封口包装技术培训班的通知 - 舾阳县供销合作社（搜悟网页快照）</title>
</head><body>
<div class="sw-bar" style="background:#f5f5f5;border-bottom:1px solid #ccc">
<p>⟦m 搜悟快照：本页是 www.xygxs.cn/tzgg/20251106/512.html 在 2025年11月9日 被搜悟抓取时的样子⟧</p>
<p>⟦m 原网页可能已经更新，请点这里打开当前页面⟧</p>
<p>⟦m 为您标亮的搜索词：<b style="background:#ff6">真空</b> <b style="background:#6ff">封口</b> <b style="background:#f9f">培训</b>⟧</p>
<p>⟦d 搜悟不对快照中的内容负责⟧</p></div>
<div class="orig">
<div class="gx-head">⟦m 舾阳县供销合作社⟧ <span>⟦m 为农服务　服务三农⟧</span></div>
<div class="gx-crumb">⟦m 供销首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div class="gx-info">⟦m 发布日期：2025-11-06　阅读次数：129⟧</div>
<div class="gx-body">
{BODY}
</div>
<div class="gx-foot">⟦m 舾阳县供销合作社　电话：0836-5146000　蜀ICP备12027058号⟧</div></div>
</body></html>
""",
        body="""
各乡镇供销社、各农民专业合作社：
为帮助农户提高腊肉、笋干、菌菇等土特产品的包装水平，县供销社决定举办农产品真空封口包装技术培训班。现将有关事项通知如下：
一、培训时间：11月18日至19日。
二、培训地点：县供销社电商服务中心二楼实训室。
三、培训内容：真空封口机的选购与使用、包装袋材质选择、产品标签设计。
四、请各单位于11月12日前将参训人员名单报县供销社合作指导科，联系电话：0836-5146027。
舾阳县供销合作社
2025年11月5日
""",
    ),
    dict(
        slug="snapshot-souwu-textcache-ribbon-tips-oneline",
        site="搜悟 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="经验",
        kind="other",
        form="text",
        source="http://cache.souwu.cn/t?u=www.yinqianxz.com/jiqiao/533.html",
        title="标签机碳带怎么选？三种碳带的区别",
        record_title="［纯文本快照］标签机碳带怎么选？三种碳带的区别_印签小站",
        date=None,
        notes="text-only cache: capture banner with a capture stamp (no date), the whole body on one line, the cached site's chrome; a how-to without a date",
        page="""
!m 搜悟纯文本快照｜抓取于 2025-09-30 14:22，原页面或已变动
!m 快照地址：www.yinqianxz.com/jiqiao/533.html
!m 印签小站 - 标签打印那些事儿
!m 首页 » 使用技巧
{T}
!m 站长小印　阅读 3391
{BODY}
!l 上一篇：标签纸卡纸怎么办？
!l 下一篇：热敏纸和热转印纸有什么不同
!w 批量定制标签，QQ 2039917604
!m 印签小站 yinqianxz.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
不少用户买了标签机，却不知道该配哪种碳带。常见的碳带有蜡基、混合基和树脂基三种。
蜡基碳带价格最低，适合在铜版纸标签上打印物流单、价签等，缺点是不耐刮擦。
混合基碳带耐刮擦性能较好，适合打印仓储标签和资产标签。
树脂基碳带耐高温、耐酒精擦拭，适合打印服装洗水唛和化工产品标签，但价格较高。
选购时要注意碳带的宽度与标签匹配，并确认标签机支持的碳带卷绕方向。
""",
    ),
    dict(
        slug="print-bizhou-bank-bulletin-counter-inspection-table",
        site="濞州农村商业银行 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.bzrcb.com.cn/print.jsp?id=20251010-15",
        title="关于2025年度营业网点点钞机年检情况的通报",
        record_title="〔打印格式〕关于2025年度营业网点点钞机年检情况的通报 - 濞州农村商业银行",
        date="2025-10-10",
        notes="print view calling window.print(): print/close buttons, a print stamp (no date), the page URL, a print footer ⭘ 1 / 1 ⭘; a data table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔打印格式〕关于2025年度营业网点点钞机年检情况的通报 - 濞州农村商业银行</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload = function(){ window.print(); };</script>
</head><body>
<div class="noprint">⟦a 〔开始打印〕　〔取消并关闭〕⟧</div>
<div class="p-head">⟦m 濞州农村商业银行　运营管理部⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-meta">⟦m 打印人：营业部 葛欣　打印于 2025-10-20 15:02⟧</div>
<div class="p-url">⟦m 原文链接：https://www.bzrcb.com.cn/yygl/20251010-15.html⟧</div>
<div class="p-foot" style="text-align:center">⟦p ⭘ 1 / 1 ⭘⟧</div>
</body></html>
""",
        body="""
各支行、营业部：
按照年度机具管理工作安排，运营管理部于9月对全行营业网点在用点钞机进行了年检。现将情况通报如下。
网点　在用台数　年检合格　需维修
城关支行　12　11　1
东街支行　9　9　0
埘口支行　7　5　2
营业部　24　23　1
年检发现的4台问题机具已安排厂家维修，维修期间各网点使用备用机。请各网点严格执行每日鉴伪测试制度，发现异常及时报告。
濞州农村商业银行运营管理部
2025年10月10日
""",
    ),
    dict(
        slug="print-mengchuan-archives-plan-pouch-handover",
        site="艨川县档案馆 (invented, print view text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.mcdaj.gov.cn/print/2025/0721/63.html",
        title="档案数字化外包项目文件袋交接工作方案",
        record_title="打印本页 » 档案数字化外包项目文件袋交接工作方案 - 艨川县档案馆",
        date="2025-07-21",
        notes="print view text: a print header with the site and a print stamp (no date), a print footer 第1页 ⚐ 共1页; 成文日期 under the signature",
        page="""
!a 打印本页 » 　〔关闭〕
!m 艨川县档案馆 www.mcdaj.gov.cn
{T}
!m 发布时间：2025-07-23　来源：业务指导科
{BODY}
!m 本页打印于 2025-08-02 09:40
!p 第1页 ⚐ 共1页
""",
        indent="\u3000\u3000",
        date_also=["2025-07-23"],
        body="""
为确保档案数字化外包加工期间档案实体安全，现就文件袋交接工作制定如下方案。
一、交接原则。档案以文件袋为单位交接，做到袋数清、件数清、页数清。
二、出库交接。档案室按批次填写交接清单，与外包公司驻场负责人逐袋清点，检查文件袋封口和袋面信息，双方签字确认。
三、回库交接。扫描完成的档案须按原顺序装回原文件袋，档案室逐袋核对后入库。发现文件缺失、顺序错乱或文件袋破损的，当即登记并责令整改。
四、安全要求。加工场所实行封闭管理，文件袋不得带出加工区。
艨川县档案馆
2025年7月21日
""",
    ),
    dict(
        slug="mail-mengchuan-coop-letter-sealers-attachment-bar",
        site="艨川县供销社邮件系统 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.mcgxs.cn/read?mid=ZC2811-7jHq0b",
        title="关于商请调剂真空封口机的函",
        record_title="FW: 关于商请调剂真空封口机的函（请速阅）",
        date="2025-11-24",
        date_also=["2025-11-26"],
        notes="webmail reading view: forwarded header, 抄送 header beside the letter's own 抄送 line, an attachment bar beside the letter's 附件 line; the letter's contact and mailbox; 成文日期 under the signature, the send date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>FW: 关于商请调剂真空封口机的函（请速阅） - 艨川县供销社邮件系统</title>
<script src="/mail/js/read.js"></script>
</head><body>
<div class="mail-top">⟦m 艨川县供销社邮件系统⟧ <span>⟦m fengzj@mcgxs.cn⟧</span> <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 退出⟧</a></div>
<div class="mail-left"><ul><li>⟦m 收件箱(12)⟧</li><li>⟦m 已发送⟧</li><li>⟦m 草稿箱⟧</li></ul></div>
<div class="mail-read">
<div class="mail-bar">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="mail-subject">⟦t FW: 关于商请调剂真空封口机的函（请速阅）⟧</div>
<div class="mail-head">
<p>⟦m 发件人：冯子衿 &lt;fengzj@mcgxs.cn&gt;⟧</p>
<p>⟦m 收件人：濞州市供销社办公室 &lt;bgs@bzgxs.cn&gt;⟧</p>
<p>⟦m 抄　送：艨川县农业农村局 &lt;nyj_bgs@mcnyj.cn&gt;⟧</p>
<p>⟦m 时　间：2025年11月26日 10:12（星期三）⟧</p></div>
<div class="mail-fwd">⟦m -------- 转发邮件信息 --------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="mail-att"><p>⟦m 附件（1 个）⟧</p><p>⟦a 调剂设备清单.xlsx（12.4K）　预览　下载　存网盘⟧</p></div>
</div>
<div class="mail-foot">⟦m 艨川县供销合作社 · 内部邮件系统　技术支持 0836-7741000⟧</div>
</body></html>
""",
        body="""
濞州市供销合作社：
我社今年承担了全县冬笋、腊肉等土特产品的统一包装任务，现有真空封口机6台，难以满足旺季生产需要。经了解，贵社电商服务中心有闲置的双室真空封口机。为此，商请贵社调剂2台给我社使用，使用期限至2026年2月底，期间设备维护费用由我社承担。
妥否，盼复。
联系人：冯子衿，电话：0836-7741093，邮箱：fengzj@mcgxs.cn
附件：调剂设备清单
艨川县供销合作社
2025年11月24日
抄送：艨川县农业农村局
""",
    ),
    dict(
        slug="mail-mengchuan-water-notice-asset-labels-fwd-docx",
        site="艨川县水利局 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:caiwu@mcslj.cn?forwarded=20251202",
        title="关于统一使用标签机打印固定资产标签的通知",
        record_title="转发：关于统一使用标签机打印固定资产标签的通知.docx",
        date="2025-12-01",
        date_also=["2025-12-02"],
        notes="forwarded mail: 发件人/收件人/抄送/日期/主题/附件 headers (the mail's 抄送 beside the notice's own), 抄送 and 印发 lines in the body; 成文日期 under the signature, the mail's date also accepted",
        page="""
!m 发件人：艨川县水利局财务科 <caiwu@mcslj.cn>
!m 发送时间：2025年12月2日 星期二 16:48
!m 收件人：各科室；各下属单位
!m 抄送：局办公室 <bgs@mcslj.cn>
!t 主题：转发：关于统一使用标签机打印固定资产标签的通知.docx
!m 附件：关于统一使用标签机打印固定资产标签的通知.docx（31KB）
!m ----- 以下为转发内容 -----
{BODY}
!m ----- 转发内容结束 -----
!w 此邮件由财务科统一发送，如有疑问请回复本邮件或致电分机 2216
""",
        body="""
各科室、各下属单位：
为做好固定资产清查工作，局里已为各单位配发便携式标签机一台。现将有关事项通知如下：
一、固定资产标签统一用标签机打印，内容包括资产编号、名称、使用部门和启用日期，不得手写。
二、标签贴在资产正面显眼、不易磨损的位置，办公桌椅贴在桌面左下角或椅背内侧。
三、请于12月15日前完成标签粘贴，并将资产清查表报局财务科。
联系人：财务科　黎姝，电话：0836-7709341
艨川县水利局办公室
2025年12月1日
抄送：局领导班子成员
艨川县水利局办公室　2025年12月1日印发
""",
    ),
]
