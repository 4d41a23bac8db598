"""holdout365, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-shangan-bus-mount-interview-jammer",
        site="上岸吧公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganba.com/thread-660318-1-1.html",
        title="有人提议在公交车驾驶座强制加装车载支架，你怎么看？",
        record_title="【面试题·公共交通安全】有人提议在公交车驾驶座强制加装车载支架，你怎么看？（小白试答，求轻拍）- 面试交流 - 上岸吧",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, jammer fonts inside the post; relative times only, so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【面试题·公共交通安全】有人提议在公交车驾驶座强制加装车载支架，你怎么看？（小白试答，求轻拍）- 面试交流 - 上岸吧</title>
<script src="static/js/common.js?sab"></script>
<style>.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div id="hd">⟦m 上岸吧公考论坛 — 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册考友⟧</div>
<div id="pt">⟦m 上岸吧 › 面试专区 › 结构化面试交流⟧</div>
<div class="qqad">⟦w 2026省考面试冲刺群 QQ：793015628（群内每日一练）⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 青灯夜读　｜　考友等级：备考中⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前　｜　查看 1988　｜　回复 64⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="locked">⟦a 本帖另有参考答案，回复后才能查看⟧</div>
<div class="rate">⟦m 评分：考友 9 人　上岸币 +27⟧</div>
<div class="po">⟦a 回复　收藏　分享到朋友圈⟧</div>
</td>
</tr></table>
<div class="reply">⟦l 2#　岸边的小石头：第三点很好，落到了调度方式上⟧</div>
<div id="ft">⟦m 上岸吧公考论坛 © 2014-2025　苏ICP备17052238号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
题目：针对公交驾驶员行车中看手机的问题，有人提议在公交车驾驶座强制加装车载支架，也有人认为这治标不治本。对此你怎么看？
我的作答如下，请各位考友指点：
首先，我认为加装车载支架是有必要的。公交驾驶员需要查看调度信息和导航，手机没有固定位置，就容易拿在手里看，支架至少给了手机一个“安放处”，这是减少手持手机的前提条件。
其次，也要看到，支架只是工具，解决不了“想看手机”的问题。如果驾驶员边开车边刷视频，装了支架反而更方便分心。
因此，我认为应当“装”和“管”结合：一是统一加装，并规定支架只能用于导航和调度；二是利用车内监控加强抽查，对违规行为严肃处理；三是优化调度方式，尽量通过车载终端语音播报，减少驾驶员看手机的需要。
总之，公交安全关系千家万户，既要有硬件，更要有制度和习惯。
""",
    ),
    dict(
        slug="gkforum-shenlun-flosser-silver-economy-junk",
        site="申论圈 (invented exam forum, text)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.shenlunquan.com/bbs/t/228017.html",
        title="从一台冲牙器看银发经济",
        record_title="[议论文初稿] 从一台冲牙器看银发经济（写了两个晚上，求点拨）- 申论批改区 - 申论圈",
        date=None,
        notes="exam-forum essay with anti-scraping junk as a line and glued after 。; relative times; a teacher's correction offer below",
        page="""
!m 申论圈 › 申论批改区
!t [议论文初稿] 从一台冲牙器看银发经济（写了两个晚上，求点拨）
!m 作者：晚风上岸　｜　3 天前　｜　浏览 715
{BODY}
!a 觉得有帮助就给楼主加个鸡腿 🍗
!w 需要老师一对一精批？私信圈主或加微信 slq_jingpi
!l 1楼　阿澈：结尾可以再升华一点
!m 申论圈 shenlunquan.com
""",
        junk=dict(lines=1, glued=2),
        body="""
母亲节那天，同事给七十岁的母亲买了一台冲牙器。老人嫌麻烦，放了半个月没拆封，后来社区医生上门教了一次，她才用上，现在逢人便夸。
一台小小的冲牙器，折射出银发经济的大市场，也照见了其中的“最后一公里”。
一方面，老年人口腔健康需求旺盛。随着生活水平提高，越来越多的老人希望留住自己的牙齿，冲牙器、电动牙刷等口腔护理产品在老年群体中的销量逐年上升。
另一方面，“买得到”不等于“用得上”。不少适老产品设计时没有充分考虑老年人的视力、手部力量和使用习惯，说明书字小、按键多、档位复杂，老人望而却步。
发展银发经济，既要把产品卖出去，更要让老人用得好。企业应在适老化设计上多下功夫，社区和医疗机构可以开展使用指导，子女也要多一份耐心，手把手教会父母。
只有把服务做到“最后一公里”，银发经济才能真正成为温暖老人的民生经济。
""",
    ),
    dict(
        slug="wiki-zhiyuan-flosser-entry-infobox-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/冲牙器/30517",
        title="冲牙器",
        record_title="冲牙器_口腔护理用品词条_知源百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after sentences, an 'edit this section' link glued to a heading; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>冲牙器_口腔护理用品词条_知源百科</title>
<script src="/static/bk/entry.js"></script>
</head>
<body>
<div class="bk-top">⟦m 知源百科 · 人人可编的知识源⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<div class="bk-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m 家用口腔护理器具⟧</div>
<table class="bk-infobox">
<tr><td>⟦m 中文名：冲牙器⟧</td></tr>
<tr><td>⟦m 别　名：水牙线、洗牙器⟧</td></tr>
<tr><td>⟦m 类　别：个人护理小家电⟧</td></tr>
</table>
<div class="bk-toc">⟦l 目录　1 结构　2 原理　3 适用人群　4 注意事项⟧</div>
<div class="bk-content">
{BODY}
</div>
<div class="bk-refs">⟦l 参考资料　[1] 家用口腔护理器具通用技术要求　[2] 口腔保健器具使用指南⟧</div>
<div class="bk-stat">⟦m 词条浏览 12.4万次　编辑 37次⟧</div>
<div class="bk-foot">⟦d 知源百科词条由网友共同编辑，仅供参考，如涉健康问题请咨询医生⟧</div>
</body>
</html>
""",
        body="""
冲牙器，又称水牙线、洗牙器，是一种利用脉冲水流清洁牙齿间隙和牙龈沟的家用口腔护理器具。⟦m [1]⟧
结构⟦a [编辑本段]⟧
冲牙器一般由主机、水箱、水泵、喷嘴和电池或电源组成。按形态可分为台式冲牙器和便携式冲牙器两类，前者水箱容量大、水压档位多，后者体积小、便于携带。
原理
水泵将水箱中的水加压后，经喷嘴以每分钟1200次至1800次的频率形成脉冲水流，冲刷牙缝和牙龈沟中的食物残渣和部分软垢。⟦m [2]⟧
适用人群
冲牙器适用于佩戴正畸托槽、有种植牙或固定桥修复体、牙缝较大及牙龈易出血的人群，可作为刷牙的辅助清洁手段，但不能代替刷牙和牙线。
注意事项
初次使用宜从低档水压开始；喷嘴应定期更换，不宜多人共用；牙周急性炎症期患者应在医生指导下使用。
""",
    ),
    dict(
        slug="wiki-wenhai-bouncy-entry-text",
        site="问海百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wenhaibaike.com/wiki/跳跳球",
        title="跳跳球",
        date=None,
        notes="record title as is: a one-word entry name that opens the body (head match); tabs and a contents line; history and safety sections; no date",
        page="""
!m 问海百科　WENHAI WIKI
!a 词条　｜　编辑　｜　评论　｜　历史
{T}
!m 儿童玩具　／　球类
!l 目录：历史 · 规格 · 玩法 · 安全提示
{BODY}
!m 本词条最近修订：14 天前　｜　贡献者 9 人
!l 相关词条：弹弓　陀螺　溜溜球
!d 问海百科内容遵循知识共享协议，转载请署名
""",
        body="""
跳跳球，又称弹力球、弹弹球，是一种用高弹性橡胶或合成材料制成的实心小球，落地后能弹起较高的高度，是常见的儿童玩具。
历史
高弹性实心小球出现于二十世纪六十年代，由一种经高压成型的合成橡胶制成，因弹性远超普通皮球而迅速流行。此后，透明、夜光、内嵌图案等款式相继出现。
规格
常见跳跳球的直径在2.5厘米至6厘米之间。按照玩具安全国家标准，直径小于44.5毫米的球类玩具属于“小球”，应标注不适合3岁以下儿童使用的警示。
玩法
跳跳球可用于拍球、对弹、接力等游戏，在幼儿园和小学体育活动中常用于练习手眼协调和反应能力。
安全提示
幼儿玩耍时应有成人看护，防止误吞；不宜在窗户、车辆附近用力拍打；发光款应确认电池仓已用螺丝固定。
""",
    ),
    dict(
        slug="netdisk-xiacang-bouncy-molding-rules-pdf",
        site="匣仓网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规定/制度",
        kind="other",
        form="html",
        source="https://pan.xiacang.cc/s/1QmT7wZk4",
        title="跳跳球成型车间安全操作规程",
        record_title="跳跳球成型车间安全操作规程.pdf",
        date=None,
        notes="file-name record title; cloud-drive preview with save/download buttons and VIP speed prompts; numbered operating rules; share and expiry stamps are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>跳跳球成型车间安全操作规程.pdf - 匣仓网盘 分享</title>
<script src="https://pan.xiacang.cc/static/share.js"></script>
</head>
<body>
<div class="yx-head">⟦m 匣仓网盘　安全存储 随心分享⟧ ⟦a 登录匣仓⟧</div>
<div class="yx-file">
<h2>{T}</h2>
<p>⟦m 分享者：乐弹安全部　｜　312 KB　｜　分享于 2 个月前　｜　永久有效⟧</p>
<div class="yx-btn">⟦a 保存到我的匣仓⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 非会员预览限3页，开通超级会员看全文、下载提速10倍⟧</div>
<div class="yx-foot">⟦d 匣仓严厉打击违规分享，如发现侵权内容请点此投诉⟧ ⟦m 匣仓科技 浙ICP备20045519号⟧</div>
</body>
</html>
""",
        body="""
一、适用范围
本规程适用于公司成型车间跳跳球压制成型、修边、抛光岗位的操作人员。
二、上岗要求
1.操作人员须经安全培训考核合格后方可上岗，新员工须在师傅带领下操作满一个月。
2.上岗时穿戴好工作服、防烫手套和防护眼镜，长发须盘入工作帽内。
三、操作要求
1.开机前检查压机的安全光幕、急停按钮是否有效，模具温度是否达到工艺要求。
2.放料和取件时，双手不得伸入模具闭合区域，严禁在光幕失效的情况下生产。
3.修边刀具用后放回刀架，抛光机运行时不得用手触摸滚筒。
四、应急处置
发生烫伤时，立即用流动冷水冲洗患处15分钟以上，并报告班组长；发生机械伤害时，立即按下急停按钮，拨打厂内急救电话。
五、本规程由生产安全部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="netdisk-panshu-flosser-repair-instruction-markers",
        site="盘书分享 (invented cloud-drive text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://share.panshu.net/f/8d41c02e",
        title="冲牙器售后维修作业指导书",
        record_title="冲牙器售后维修作业指导书（FL系列）.docx",
        date=None,
        notes="file-name record title; a converted text preview cut by page markers on lines of their own; decimal headings; a work instruction with no date; share stamps are no dates",
        page="""
!m 盘书分享 — 文件在线预览
!m 📁 沁澜售后资料 / 作业文件
!t 冲牙器售后维修作业指导书（FL系列）.docx
!m 大小：58KB　｜　分享人：qinlan_sh　｜　今天 10:26 更新
!a 【保存到我的盘书】【下载】【转存后在线编辑】
{BODY}
!a 以上为文字版预览，图片和表格请下载原文查看
!l 同目录文件：售后维修备件清单.xlsx ｜ 冲牙器常见故障速查表.pdf
!d 盘书分享不对用户分享内容负责
""",
        pages=dict(fmt="╘{n}╛", every=100, start=2),
        body="""
1 目的
规范便携式冲牙器售后维修作业，保证维修质量，缩短维修周期。
2 适用范围
适用于公司售后维修中心对FL系列便携式冲牙器的检测、维修和出库。
3 作业步骤
3.1 接收登记。核对机身批次号和故障描述，拍照记录外观，录入售后系统。
3.2 故障检测。加注清水后分别在低、中、高三档运行各一分钟，观察水压、噪声和渗漏情况；充电口用万用表检测是否短路。
3.3 拆机维修。更换密封圈时须在新密封圈表面均匀涂抹食品级硅脂；更换水泵后须做十分钟连续运行试验。
3.4 出库检验。维修后整机进行防水测试和三档运行测试，合格后贴维修合格标签，清洁包装后寄回用户。
4 记录
维修记录保存两年，每月汇总故障类型报质量部。
""",
    ),
    dict(
        slug="snapshot-kuiban-zhouchuan-police-mount-three-nos",
        site="窥斑搜索快照 (invented search cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.kuibanss.com/c?u=http%3A%2F%2Fgaj.zhouchuan.gov.cn%2Fjjdd%2F20250805%2F5512.html",
        title="鸼川交警提醒：车载支架安装牢记“三不”",
        record_title="鸼川交警提醒：车载支架安装牢记“三不”_鸼川县公安局（窥斑快照）",
        date="2025-08-05",
        notes="search-cache frame: a capture banner with a capture stamp (no date), highlighted search terms; the cached page's byline 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鸼川交警提醒：车载支架安装牢记“三不”_鸼川县公安局（窥斑快照）</title>
<style>.hl{background:#ff0}</style>
</head>
<body>
<div class="xj-banner">
<p>⟦d 您查看的是窥斑搜索保存的快照页面，网页原文可能已经变化⟧</p>
<p>⟦m 原网址：http://gaj.zhouchuan.gov.cn/jjdd/20250805/5512.html　抓取于 2025-08-19 03:41⟧</p>
<p>⟦m 已为您标亮以下词语：<span class="hl">车载支架</span> <span class="hl">安装</span>⟧</p>
</div>
<div class="orig">
<div class="ga-head">⟦m 鸼川县公安局　平安鸼川⟧</div>
<div class="ga-nav">⟦m 首页　警务公开　交管服务　警方提示　网上办事⟧</div>
<h1>{T}</h1>
<div class="ga-info">⟦m 发布时间：2025-08-05 11:20　来源：县公安局交警大队⟧</div>
<div class="ga-text">
{BODY}
</div>
<div class="ga-foot">⟦m 鸼川县公安局 主办　警务咨询 0738-6613110⟧</div>
</div>
</body>
</html>
""",
        body="""
近期，鸼川县公安局交警大队在路面执勤中发现，不少驾驶人把车载支架装在挡风玻璃正中间，或者把手机架得很高，存在安全隐患。交警提醒，安装车载支架要牢记“三不”。
一不挡视线。支架和手机不要装在前挡风玻璃中部和左侧立柱附近，以免形成视线盲区。
二不挡气囊。副驾驶气囊和方向盘气囊的展开区域内不要安装支架，发生碰撞时，被弹出的支架和手机可能伤人。
三不分心。手机固定好后只用于导航，设置好路线再出发；行驶中不要手动操作手机，更不能边开车边看视频。
据统计，今年以来全县共查处驾驶时拨打接听手持电话、观看手机等违法行为1270起。交警部门将继续加大查处力度。
""",
    ),
    dict(
        slug="snapshot-textcache-wucheng-glow-bouncy-recall-wrapped",
        site="窥斑搜索文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.kuibanss.com/t?u=http%3A%2F%2Fscjgj.wucheng.gov.cn%2Ftzgg%2F20250318%2F207.html",
        title="骛城市市场监督管理局关于立即下架两款夜光跳跳球的紧急通知",
        record_title="骛城市市场监督管理局关于立即下架两款夜光跳跳球的紧急通知（只存文字版）",
        date="2025-03-17",
        notes="text-only cache hard-wrapped at 66 columns: a capture banner with a capture stamp (no date); numbered items; 成文日期 under the signature",
        page="""
!d ※ 这是窥斑搜索保存的纯文字快照，仅显示文字内容
!m ※ 原网址：scjgj.wucheng.gov.cn/tzgg/20250318/207.html　抓取时间：2025-03-25 06:12
!a ※ 查看图文版快照　｜　打开原网页
{T}
!m 骛城市市场监督管理局　通知公告
{BODY}
!m 骛城市市场监督管理局主办　投诉举报：12315
""",
        wrap=66,
        body="""
各县（市、区）市场监督管理局，各有关经营单位：
近日，我局接到消费者投诉，反映部分商超销售的夜光跳跳球电池仓可被儿童轻易打开，存在纽扣电池被误吞的风险。经抽样检验，以下两款产品电池仓未采用螺丝固定，不符合玩具安全国家标准要求：
1.标称鸼川县乐弹塑胶制品有限公司生产的“闪闪星”夜光跳跳球，批号LT250311；
2.无厂名厂址的“七彩闪光弹力球”，散装销售。
现就有关事项紧急通知如下：
一、各经营单位立即对上述两款产品下架封存，停止销售，并于7日内将封存情况报告属地市场监管部门。
二、各县（市、区）局要在3日内组织对辖区商超、文具店、校园周边小卖部开展排查，确保问题产品全部下架。
三、对拒不下架、继续销售的，依法从严查处。
骛城市市场监督管理局
2025年3月17日
""",
    ),
    dict(
        slug="print-yiyang-flosser-disinfection-rules-footer",
        site="翿园颐养中心 (invented elderly-care centre, print view)",
        style="打印页",
        genre="规定/制度",
        kind="other",
        form="html",
        source="https://www.diyuanyiyang.com/zhidu/print.aspx?id=41",
        title="入住老人冲牙器使用与消毒管理规定",
        record_title="🖨 打印 ▸ 入住老人冲牙器使用与消毒管理规定 · 翿园颐养中心",
        date=None,
        notes="print view calling window.print(): a print toolbar, the centre's name, 第N条 articles with an effective clause and no date, a print footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>🖨 打印 ▸ 入住老人冲牙器使用与消毒管理规定 · 翿园颐养中心</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印　｜　返回原文⟧</div>
<div class="p-head">⟦m 骛城市翿园颐养中心　制度汇编⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-url">⟦m 本页地址：https://www.diyuanyiyang.com/zhidu/41.html⟧</div>
<div class="p-foot">⟦p 第1页 ⩏ 共1页⟧</div>
</body>
</html>
""",
        body="""
第一条　为做好入住老人的口腔清洁护理，防止交叉感染，结合本中心实际，制定本规定。
第二条　本中心为有需要的入住老人配备冲牙器，实行一人一机、一人一喷头，喷头上贴老人姓名和房间号。
第三条　能自理的老人每日晚间自行使用，护理员在旁提醒；不能自理的老人，由护理员协助使用，水压一律使用最低档。
第四条　每次使用后，护理员倒空水箱，用清水冲洗喷头；每周一用含氯消毒液浸泡喷头三十分钟后冲净晾干。
第五条　喷头每三个月更换一次，冲牙器出现漏水、异响等故障时立即停用，并报后勤维修。
第六条　护理员应每天在口腔护理记录表上登记使用情况，护士长每周检查一次。
第七条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="print-heyang-driving-schools-mount-inspection",
        site="壑阳县道路运输服务中心 (invented, print view text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://ysfw.heyang.gov.cn/tzgg/print_20250930.html",
        title="2025年第三季度驾驶员培训学校教练车安全检查情况通报",
        record_title="〔打印预览稿〕2025年第三季度驾驶员培训学校教练车安全检查情况通报 - 壑阳道路运输",
        date="2025-09-30",
        notes="print view text: the print header, a table one row a paragraph, 成文日期 under the signature and a print footer",
        page="""
!a 【打印】【关闭本窗口】
!m 壑阳县道路运输服务中心　网站打印页
{T}
!m 打印时间：今天 14:05
{BODY}
!m 原文链接：http://ysfw.heyang.gov.cn/tzgg/20250930.html
!p ⤓ 1 / 1 ⤒
""",
        body="""
各驾驶员培训学校：
2025年9月，县道路运输服务中心对全县6所驾驶员培训学校的教练车开展了安全检查，共抽查教练车84辆。现将检查情况通报如下。
一、总体情况
本次检查重点为车辆技术状况、副制动装置、灭火器配备和车载设备安装。抽查的84辆教练车中，71辆各项检查合格，13辆存在问题。
二、问题车辆分布
学校名称　抽查数（辆）　问题车辆（辆）　主要问题
壑阳安达驾校　18　4　车载支架装在挡风玻璃中部遮挡视线
嶴口通程驾校　12　3　灭火器过期
扆塘顺驰驾校　16　4　车载支架松动、副制动踏板回位不良
阕坪长顺驾校　10　2　车载支架遮挡安全气囊标识区域
三、整改要求
各驾校要在10月15日前完成整改，车载支架一律移至仪表台左侧不遮挡视线的位置，整改情况报县道路运输服务中心。
壑阳县道路运输服务中心
2025年9月30日
""",
    ),
    dict(
        slug="mail-yetang-school-bouncy-purchase-letter-webmail",
        site="壑阳教育邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hyedu.cn/read?mid=1723a8f0c&folder=INBOX",
        title="关于采购跳跳球等体育器材的函",
        record_title="转呈领导：关于采购跳跳球等体育器材的函",
        date="2025-08-01",
        date_also=["2025-08-02"],
        notes="webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list and 抄送 line kept beside the mail's 抄送 header; an items table; 扫描 as content; 成文日期 differs from the send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转呈领导：关于采购跳跳球等体育器材的函 - 壑阳教育邮</title>
<script src="/js/webmail.read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 壑阳教育邮　luzc@hyedu.cn⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ ⟦a 退出⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为　更多⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：卢子澄 &lt;luzc@hyedu.cn&gt;⟧</p>
<p>⟦m 收件人：sales@tongquxing-toys.com⟧</p>
<p>⟦m 抄　送：扆塘镇中心学校 &lt;ytzx@hyedu.cn&gt;⟧</p>
<p>⟦m 时　间：2025年8月2日(星期六) 上午9:16⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发邮件信息 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">
<p>⟦a 📎 附件（2个）　采购需求明细表.xlsx（14K）　报价单模板.docx（21K）　全部打包下载⟧</p>
</div>
<div class="wm-foot">⟦d 此邮件由壑阳教育邮发送，请勿将账号密码告诉他人⟧</div>
</body>
</html>
""",
        body="""
骛城童趣星玩具有限公司：
我校为丰富学生大课间活动，拟向贵司采购跳跳球等体育器材一批。经前期沟通，现将采购需求函告如下：
一、采购清单
品名　规格　数量
实心跳跳球　直径6厘米　600个
软胶跳跳球　直径7厘米　200个
器材收纳筐　60升带轮　20个
二、质量要求：产品须符合玩具安全国家标准，附有质检报告，跳跳球无刺激性气味。
三、交货时间：2025年8月25日前送至我校体育器材室。
请贵司于8月8日前回复报价，报价单加盖公章后扫描发送至本邮箱。
联系人：卢子澄　电话：0736-5841093
附件：1.体育器材采购需求明细表
2.供应商报价单模板
扆塘镇中心小学
2025年8月1日
抄送：扆塘镇中心学校
""",
    ),
    dict(
        slug="mail-fwd-flosser-trial-feedback-text",
        site="壑阳卫健内部邮件 (invented forwarded mail, text)",
        style="邮件转发",
        genre="汇总报告",
        kind="report",
        form="text",
        source="mailto:kqxm@hywjj.cn?msg=20250729-0912",
        title="冲牙器样品试用反馈汇总",
        record_title="转交阅：冲牙器样品试用反馈汇总",
        date="2025-07-28",
        date_also=["2025-07-29"],
        notes="forwarded mail as text: forward headers, a feedback table one row a paragraph, the summary's own 附件 line; 成文日期 under the group's name, the send date also accepted; a mail client's signature below",
        page="""
!m -------- 转发的邮件 --------
!m 发件人: 县卫健局口腔项目组 <kqxm@hywjj.cn>
!m 发送时间: 2025年7月29日 星期二 09:12
!m 收件人: 采购组 <cgz@hywjj.cn>
!m 主题: 冲牙器样品试用反馈汇总
{BODY}
!m --
!m 发自我的壑阳政务邮手机客户端
!d 本邮件及其附件含有壑阳县卫生健康局的内部信息，非指定收件人请勿阅读、转发并立即删除
""",
        body="""
各位：
按照采购前试用安排，县卫生健康局口腔项目组于7月14日至25日，在嶴口、扆塘两镇组织36名老人对三家供应商的冲牙器样品进行了试用。现将反馈情况汇总如下：
样品　试用人数　满意（人）　主要意见
A样品　12　9　水压档位偏高，最低档仍有刺痛感
B样品　12　11　水箱偏小，冲到一半需加水
C样品　12　7　按键太小，老人不易操作
综合老人意见，项目组建议：优先考虑B样品，同时请供应商把水箱容量提高到200毫升以上；A样品如能增加更低一档水压，也可纳入备选。
附件：冲牙器样品试用记录表（36份）
县卫生健康局口腔项目组
2025年7月28日
""",
    ),
]
