"""holdout202, part F: encyclopaedias, cloud-drive shares, search snapshots, print views and
forwarded mails. Every page, place, person, firm, site, URL and number here is invented; see
../README.md and ../build.py for the markup. Written by hand, one case at a time."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-metronome-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/节拍器/30518",
        title="节拍器",
        record_title="节拍器（音乐辅助工具）_知源百科",
        date=None,
        notes="an encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, 'edit this section' links glued to section headings, reference markers glued after sentences; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>节拍器（音乐辅助工具）_知源百科</title>
<script src="https://baike.zhiyuan.example.com/static/lemma.js"></script>
</head><body>
<div class="bk-head"><span>⟦m 知源百科⟧</span><form><input name="q"><button>⟦a 进入词条⟧</button></form><a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条　｜　编辑　｜　讨论　｜　历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<p class="poly">⟦m （音乐辅助工具）⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：节拍器⟧</td><td>⟦m 外文名：metronome⟧</td></tr>
<tr><td>⟦m 类　别：乐器辅助器材⟧</td><td>⟦m 单　位：拍/分钟（BPM）⟧</td></tr>
</table>
<div class="catalog">⟦m 目录　1 历史　2 种类　3 使用⟧</div>
<div class="para-list">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《乐器常识手册》，绡阳音乐出版社⟧</p></div>
<div class="lemma-foot">⟦m 浏览次数：51,238　｜　编辑次数：19次　｜　最近更新：柚子茶⟧</div>
</div>
<footer>⟦d 本词条由网友共同编辑，如有不当欢迎修改或反馈⟧　⟦m ©2025 知源百科⟧</footer>
</body></html>
""",
        body="""
节拍器是一种在练习和演奏音乐时用来指示速度、给出稳定节拍的工具，多以每分钟拍数标示速度。
历史⟦a ✎ 修改此节⟧
一般认为，机械节拍器于十九世纪初在欧洲出现并获得专利，此后逐渐成为学习乐器和声乐的常用工具。⟦l [1]⟧贝多芬是较早在乐谱上标注节拍器速度的作曲家之一。
种类⟦a ✎ 修改此节⟧
机械节拍器：依靠发条驱动摆杆左右摆动并发出声响，移动摆杆上的摆锤可以改变速度，摆锤越靠上，速度越慢。
电子节拍器：用电子电路发声，速度调节范围宽，多数带有重音提示、调音等功能。
软件节拍器：以手机应用等形式存在，使用方便。
使用⟦a ✎ 修改此节⟧
初学者宜从较慢速度开始，熟练后逐步加快。演奏时不宜完全依赖节拍器，应逐步培养内在的节奏感。
""",
    ),
    dict(
        slug="wiki-wanwu-entry-dehumidifier-synonyms",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanwubaike.example.cn/wiki/除湿机",
        title="除湿机",
        record_title="除湿机（家用电器）｜万物百科",
        date=None,
        notes="an encyclopaedia entry in text: the entry name repeated decorated and plain (the plain one also opens the body: head match), an edit/discuss/history row, a synonyms line, a references line, views and a relative update time (no date)",
        page="""
!m 万物百科
!a 登录　｜　创建词条
!m 首页 > 科技 > 家用电器
!t 除湿机（家用电器）
!a 编辑词条　｜　讨论区　｜　历史版本　｜　收藏
!m 同义词：抽湿机　除湿器
{T}
{BODY}
!l 参考资料：1. 家用和类似用途除湿机 国家标准
!m 词条浏览 8,104 次　｜　最近更新：4 天前
!d 本词条由网友共同编写，内容仅供参考
""",
        body="""
除湿机，又称抽湿机、除湿器，是降低室内空气湿度的电器，常用于住宅、仓库、档案室和地下室。
工作原理
家用除湿机多采用冷凝除湿方式：风机将潮湿空气吸入机内，经过低温的蒸发器时，空气中的水汽凝结成水滴，流入水箱或经排水管排出，干燥后的空气再送回室内。
主要参数
日除湿量：在规定条件下每天能从空气中除去的水量，以升/天表示。
适用面积：与日除湿量、层高和房间密闭情况有关。
噪声：家用机型一般在三十五至五十分贝之间。
使用注意
除湿机应直立放置和搬运，运行时应关闭门窗；水箱和滤网要定期清洁，防止滋生细菌。
""",
    ),
    dict(
        slug="netdisk-yiwei-instruction-antifog-lens-pdf",
        site="一苇网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="html",
        source="https://pan.yiwei.example.com/s/1Qm7XkR2p9",
        title="防雾泳镜镜片出厂检验作业指导书",
        record_title="防雾泳镜镜片出厂检验作业指导书.pdf",
        date=None,
        notes="a cloud-drive preview: the file name with size and validity, save/download buttons, VIP preview prompts above and below; decimal headings 3.1–3.3; a work instruction with no date; file-name title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>防雾泳镜镜片出厂检验作业指导书.pdf_免费高速下载|一苇网盘</title>
<script src="https://pan.yiwei.example.com/static/share/init.js"></script>
</head><body>
<div class="pan-head"><span>⟦m 一苇网盘⟧</span><a>⟦a 客户端下载⟧</a><a>⟦a 登录⟧</a></div>
<div class="file-bar"><h2>⟦t 防雾泳镜镜片出厂检验作业指导书.pdf⟧</h2>
<p>⟦m 412KB　｜　分享者：乙未仓库　｜　有效期：7天⟧</p>
<p><button>⟦a 保存到网盘⟧</button> <button>⟦a 下载⟧</button></p></div>
<div class="vip-tip">⟦a 非会员仅可预览前3页，开通超级会员看全部⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip2">⟦a 预览已结束 ｜ 开通超级会员，文档无限预览⟧</div>
<div class="pan-foot">⟦d 分享内容由用户自行上传，一苇网盘不对其真实性负责⟧<br>⟦m © 2025 一苇科技⟧</div>
</body></html>
""",
        body="""
1 目的
规范防雾泳镜镜片的出厂检验，防止防雾性能不合格的产品出厂。
2 适用范围
适用于本公司生产的各型号成人及儿童防雾泳镜。
3 检验项目及方法
3.1 外观：在自然光下目视检查镜片，不得有划痕、气泡、色斑，防雾涂层应均匀无漏涂。
3.2 防雾性能：将泳镜在五摄氏度冷水中浸泡两分钟后取出，立即置于三十五摄氏度、湿度百分之九十的环境中，镜片内侧三十秒内不得起雾。
3.3 密封性：佩戴于标准头模，浸入水深五十厘米处保持三分钟，镜框内不得进水。
4 判定与处置
每批抽检二十副，有一副不合格即加倍抽检，仍不合格的整批返工，并填写不合格品处置单。
""",
    ),
    dict(
        slug="netdisk-jiuzhou-plan-treadmill-maintenance-wps-markers",
        site="九州云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://yun.jiuzhou.example.cn/share/t8kwQ31",
        title="职工健身房跑步机维护保养方案",
        record_title="职工健身房跑步机维护保养方案.wps",
        date="2025-03-18",
        notes="a cloud-drive share in text: ⍜ n/3 ⍜ page markers on lines of their own cutting sentences, decimal headings 1.1–2.3, a share stamp (no date) and an extraction code; the signature date; file-name title",
        pages=dict(fmt="⍜ {n}/3 ⍜", every=110, start=2),
        page="""
!t 职工健身房跑步机维护保养方案.wps
!m 42.6KB　｜　分享时间：2025-03-20　｜　过期时间：永久
!a 保存到我的云盘　　下载　　举报
!m 提取码：t8kw
{BODY}
!a 开通会员，免排队高速下载
!d 请勿分享违规内容，发现违规请举报
""",
        body="""
为延长职工健身房跑步机使用寿命，保障职工锻炼安全，制定本方案。
1 保养分工
1.1 健身房管理员负责日常清洁和使用情况登记。
1.2 设备维保单位负责月度保养和故障维修。
2 保养内容
2.1 日常：每天闭馆前擦拭扶手、控制面板和跑带表面，检查急停开关和安全夹是否有效。
2.2 每月：检查跑带松紧和跑偏情况，清理电机罩内灰尘，对跑板加注专用硅油。
2.3 每季度：检查电源线、接地和各部位紧固螺栓，对存在异响的设备进行全面检修。
3 工作要求
设备出现故障时，管理员应立即挂停用牌并报修，维修完成前不得使用。保养情况应逐台记入设备档案。
缣水县总工会办公室
2025年3月18日
""",
    ),
    dict(
        slug="snapshot-xunlu-street-notice-swim-safety",
        site="寻路搜索 快照 (invented search cache) of 缬山县城东街道 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.xunlu.example.com/c?url=xieshan-chengdong-2025-0703-tz&t=20250711",
        title="关于开展暑期游泳安全进社区宣传活动的通知",
        record_title="关于开展暑期游泳安全进社区宣传活动的通知 - 网页快照 - 寻路搜索",
        date="2025-07-03",
        notes="a search-cache frame: a capture banner with its capture time (no date), a keyword line, a view-original link, then the street office's page with its own chrome; the office's 联系人/电话 in the body; the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展暑期游泳安全进社区宣传活动的通知 - 网页快照 - 寻路搜索</title>
<base href="http://cd.xieshan.example.gov.cn/">
<script>var xl_snap={q:"游泳 安全 社区",t:"20250711082300"};</script>
</head><body>
<div style="background:#fffbe6;border-bottom:1px solid #e0c060;padding:6px">
<p>⟦d 您正在查看的是寻路搜索于2025年07月11日 08:23 保存的网页副本，原网页可能已有变化。⟧</p>
<p>⟦d 这些检索词已在页面中用色块标出：游泳 安全 社区⟧　<a>⟦a 查看原网页 »⟧</a></p></div>
<div class="orig">
<div class="cd-head">⟦m 缬山县城东街道办事处⟧</div>
<div class="cd-nav">⟦m 首页 | 街道概况 | 政务公开 | 社区动态 | 便民服务⟧</div>
<div class="cd-pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div class="cd-info">⟦m 来源：社会事务办　发布时间：2025-07-03⟧</div>
<div class="cd-con">
{BODY}
</div>
<div class="cd-foot">⟦m 缬山县城东街道办事处 版权所有　技术支持：缬山县信息中心⟧</div>
</div>
</body></html>
""",
        body="""
各社区居委会：
为增强居民特别是青少年的游泳安全意识，预防溺水事故发生，街道办事处决定于7月至8月开展暑期游泳安全进社区宣传活动。现将有关事项通知如下：
一、活动内容：在各社区开展防溺水知识讲座，组织“安全游泳小课堂”，现场演示泳镜、泳帽的正确佩戴方法和抽筋自救要领。
二、活动安排：7月12日起，每周六上午在一个社区举办，先后顺序由街道社会事务办另行通知。
三、工作要求：各社区要提前张贴海报、通过居民群发布通知，组织辖区中小学生和家长参加，并做好现场安全管理。
联系人：街道社会事务办　欧阳宁　电话：0725-3318207
缬山县城东街道办事处
2025年7月3日
""",
    ),
    dict(
        slug="snapshot-xunlu-text-letter-thanks-metronomes-wrapped",
        site="寻路搜索 文字快照 (invented) of 缂川县第二中学 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://snapshot.xunlu.example.com/text?url=kc2z-xwgk-hanjian-1009",
        title="关于感谢捐赠节拍器的函",
        record_title="〔文本快照〕关于感谢捐赠节拍器的函 - 缂川县第二中学",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="a text-only cache, hard-wrapped at 66 columns: a capture banner (no date), a view-full-snapshot row, the school's breadcrumb and byline (a day after the letter's date); a thank-you 函 with its signature date",
        indent="\u3000\u3000",
        wrap=66,
        page="""
!d 这是「寻路搜索」保存的纯文字版本，图片和样式已略去，页面抓取于2025年10月21日
!a 查看完整快照　｜　返回搜索结果
!m 缂川县第二中学 > 校务公开 > 公函
{T}
!m 发布人：校办　日期：2025-10-10
{BODY}
!m 缂川县第二中学 版权所有　地址：缂川县城关镇学府路3号
""",
        body="""
缂川县知音琴行：
贵琴行于2025年9月向我校管乐队捐赠电子节拍器二十五台，及时解决了乐队分声部练习中节拍器不足的困难。目前，节拍器已全部分发到各声部，学生们每天课后训练都在使用，乐队合奏的整齐度明显提高。
在此，我校谨向贵琴行表示衷心感谢！希望今后继续关心支持学校艺术教育，我校也将管好用好捐赠物品，以更好的成绩回报社会各界的关爱。
特此函谢。
缂川县第二中学
2025年10月9日
""",
    ),
    dict(
        slug="print-anju-notice-basement-damp-footer",
        site="安居物业服务平台 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wy.anju-wy.example.cn/notice/print.aspx?id=60418",
        title="关于加强地下车库及储藏室防潮管理的通知",
        record_title="打印预览丨关于加强地下车库及储藏室防潮管理的通知",
        date="2025-06-16",
        notes="a property company's print view calling window.print(): a print-time line and the original address (no date), print/close buttons, a print footer ⯀ 第1页 ⯀ 共1页 ⯀ closing the page; the service centre's signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印预览丨关于加强地下车库及储藏室防潮管理的通知</title>
<style>@media print{.noprint{display:none}}body{font-family:SimSun}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 打印本页　关闭⟧</div>
<div class="p-head">⟦m 安居物业服务平台 · 业主公告⟧</div>
<div class="p-meta">⟦m 打印时间：2025/06/18 10:02　原文地址：https://wy.anju-wy.example.cn/notice/60418⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-foot" style="text-align:center">⟦p ⯀ 第1页 ⯀ 共1页 ⯀⟧</div>
</body></html>
""",
        body="""
各位业主、住户：
近期持续阴雨，小区地下车库和储藏室湿度偏高，部分储藏室墙面出现返潮、物品发霉现象。为做好防潮工作，现将有关事项通知如下：
一、物业服务中心已在地下车库各通道口增设工业除湿机六台，每天开启十二小时，请勿随意关闭或挪动。
二、请各位业主将储藏室内纸箱、衣物等易受潮物品离地存放，必要时可自行配置除湿机，使用时须有人看管，人员离开应切断电源。
三、严禁在储藏室内私拉电线为除湿机、电动车等充电。
四、如发现渗水、积水，请及时报物业服务中心处理。
绡阳市安居物业服务有限公司缁湖花园服务中心
2025年6月16日
""",
    ),
    dict(
        slug="print-jianxi-hotel-gym-rules-footer",
        site="缣溪大酒店 内部文件 打印稿 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://oa.jianxihotel.example.local/print/zhidu/31",
        title="缣溪大酒店健身房安全管理规定",
        record_title="【打印稿】缣溪大酒店健身房安全管理规定",
        date=None,
        notes="a print view in text: the company line, a printer and print-time line (no date), the title with 【打印稿】; 第N条 articles about the treadmill; a print footer ⎇ 1 / 1 ⎇ closing the page; no date",
        page="""
!m 缣溪大酒店有限公司
!m 打印人：前厅部　刘佳　打印时间：2025-08-03 15:40
!t 【打印稿】缣溪大酒店健身房安全管理规定
{BODY}
!p ⎇ 1 / 1 ⎇
""",
        body="""
第一条　为保障宾客在健身房锻炼时的人身安全，制定本规定。
第二条　健身房开放时间为每日6:30至22:30，十六周岁以下未成年人须由成年人陪同进入。
第三条　使用跑步机前，请将安全夹夹在衣服上，从最低速度开始逐步加速；跑步机运行中不得转身、倒走或跨越扶手。
第四条　饮酒后、饱餐后一小时内及身体不适者，请勿使用跑步机等器械。
第五条　请勿将水杯、手机放在跑步机控制面板上。
第六条　器械出现异常时，请立即按下急停按钮，并拨打前台电话8016告知工作人员。
第七条　宾客违反本规定造成人身伤害或设备损坏的，依法承担相应责任。
""",
    ),
    dict(
        slug="webmail-xieshan-letter-order-metronomes-attachment-bar",
        site="缬山一中 邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xsyz.example.cn/read?mid=ZL0918-22740",
        title="关于订购管乐团电子节拍器的函",
        record_title="Fwd: 关于订购管乐团电子节拍器的函",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="a webmail reading view: the forwarded header (sender, recipients, send time a day after the letter), an attachment bar beside the letter's own 附件 list, the teacher's 联系人/电话/邮箱 in the body; the letter's signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于订购管乐团电子节拍器的函 - 缬山一中邮件系统</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 缬山一中邮件系统⟧　⟦m 贺岚 &lt;hel_art@xsyz.example.cn&gt;⟧　⟦a 退出⟧</div>
<div class="wm-left"><ul><li>⟦m 收件箱 (12)⟧</li><li>⟦m 已发送⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="wm-read">
<div class="wm-tools">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<h3>⟦t Fwd: 关于订购管乐团电子节拍器的函⟧</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：贺岚 &lt;hel_art@xsyz.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：sales@qingyun-yq.example.com⟧</td></tr>
<tr><td>⟦m 抄　送：艺术教研组 &lt;art@xsyz.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年10月10日（星期五）上午9:14⟧</td></tr>
</table>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att"><p>⟦a 附件（2 个）：订购清单.xlsx（14K）　收货信息.docx（11K）⟧</p><p>⟦a 全部下载　｜　在线预览⟧</p></div>
</div>
<div class="wm-foot">⟦m 缬山县第一中学信息中心 提供邮件服务⟧</div>
</body></html>
""",
        body="""
绡阳市清韵乐器有限公司：
我校管乐团拟向贵公司订购电子节拍器三十台，型号为QY-M20，单价按贵公司9月25日报价单执行，合计人民币五千六百七十元。请贵公司于10月20日前送货至我校艺术楼，并随货提供发票和保修卡。
具体数量及配件清单详见附件。如有疑问，请与我校联系。
联系人：艺术教研组　贺岚　电话：0731-8852617　邮箱：hel_art@xsyz.example.cn
附件：1.电子节拍器订购清单
2.送货地址及收货人信息
缬山县第一中学
2025年10月9日
""",
    ),
    dict(
        slug="mail-anju-bulletin-range-hood-fire-forwarded",
        site="安居物业 企业邮箱 (invented), forwarded as text",
        style="邮件转发",
        genre="通报",
        kind="notice",
        form="text",
        source="mailto:pinzhi@anju-wy.example.cn?msg=20251105-0851",
        title="关于缁湖花园一起厨房油烟机起火事故的情况通报",
        record_title="转发：关于缁湖花园一起厨房油烟机起火事故的情况通报",
        date="2025-11-04",
        date_also=["2025-11-05"],
        notes="a forwarded mail as text: sender, send time (a day after the bulletin), recipients, the subject with 转发： (a title repeat), a forward separator; the bulletin's own signature date; the forwarder's signature and a mail-system notice under it",
        page="""
!m 发件人：安居物业品质部 <pinzhi@anju-wy.example.cn>
!m 发送时间：2025年11月5日 08:51
!m 收件人：各项目经理
!t 主题：转发：关于缁湖花园一起厨房油烟机起火事故的情况通报
!m ------ 以下为转发内容 ------
{BODY}
!m 品质部　胡晓梅　内线 8203
!d 本邮件及附件仅供指定收件人使用，如误收请立即删除
""",
        body="""
各项目服务中心：
2025年11月2日18时40分许，缁湖花园7栋一户居民在炒菜时，灶台火焰引燃油烟机内积存的油垢，火势沿排烟管道蔓延。秩序维护员接到报警后两分钟内赶到现场，使用灭火器将明火扑灭，未造成人员伤亡。
经初步了解，该户油烟机已使用九年，从未清洗过油烟管道和内部叶轮。
为吸取教训，现提出以下要求：
一、各项目要在11月底前通过公告栏、业主群开展一次厨房防火宣传，提醒业主定期清洗油烟机。
二、对高层住宅公共烟道开展一次排查，发现油垢堆积的及时联系专业单位清理。
三、加强秩序维护员灭火器使用培训，确保接警后三分钟内到场处置。
绡阳市安居物业服务有限公司
2025年11月4日
""",
    ),
]
