"""holdout375, part F: an exam forum, encyclopaedias, cloud drives, search caches, print views, mails.

Invented text; see ../README.md and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="exam-forum-modao-essay-basket-junk-text",
        site="申论磨刀营 (invented exam forum), text",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.shenlunmodao.com/forum/t-20931.html",
        title="小拉篮里的民生温度",
        record_title="[申论整篇练习] 小拉篮里的民生温度（第3篇练笔，恳请批改）",
        date=None,
        notes="exam-forum essay: anti-scraping junk lines and glued after 。; relative post time; replies and a "
        "course ad; no date",
        page="""
!m 申论磨刀营 — 磨好每一篇申论
!m 论坛首页 » 申论写作 » 大作文练笔
!t [申论整篇练习] 小拉篮里的民生温度（第3篇练笔，恳请批改）
!m 作者：上岸的小倪　　发表于 6 天前　　阅读 733
{BODY}
!l 1楼 阅卷老周：立意不错，第二段论证可以再加一个数据
!l 2楼 上岸的小倪：谢谢老师，我再改改
!w 申论一对一批改，每篇29元，联系助教微信 modao-pigai
!a 回复本帖需要先登录
""",
        junk=dict(lines=1, glued=3),
        body="""
一只小小的橱柜拉篮，推拉之间，藏着千家万户的日常。拉篮好不好用，关系到老人弯不弯腰、孩子碰不碰头，看似小事，却是实实在在的民生。
小产品连着大责任。一些企业为了压低成本，用料偷工减料、承重标识虚标，消费者买回去用不了多久就变形脱落，甚至砸伤家人。质量上的“省一点”，最终都会变成群众身边的“险一点”。
守护“小拉篮”，需要多方合力。监管部门要加大抽查力度，让虚标者付出代价；行业协会要建立标准，推动企业亮出承重“身份证”；企业更要把诚信当作立身之本。
民生无小事，枝叶总关情。把每一只拉篮做好、管好，就是在为群众的美好生活添一份安心。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-guasha-board-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu-wiki.cn/item/刮痧板",
        title="刮痧板",
        record_title=None,
        date=None,
        notes="no title in the record: the entry name in <h1> is the title and also opens the body (matched as head); "
        "阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after sentences, an 'edit this "
        "section' link glued to a heading; no date (an edit stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知物百科——认识身边的每一件东西</title></head><body>
<div class="wk-top">⟦m 知物百科⟧　⟦a 创建词条　个人中心⟧</div>
<div class="wk-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="wk-sub">⟦m 中医外治保健用具⟧</div>
<table class="wk-box">
<tr><td>⟦m 中文名：刮痧板⟧</td></tr><tr><td>⟦m 常见材质：水牛角、砭石、玉石⟧</td></tr><tr><td>⟦m 用　途：刮痧保健⟧</td></tr></table>
<div class="wk-toc">⟦l 目录　1 材质　2 使用方法　3 清洁与保养　4 注意事项⟧</div>
<div class="wk-con">
{BODY}
</div>
<div class="wk-ref"><h4>⟦l 参考资料⟧</h4><p>⟦l [1] 中医外治技术常用器具图说，2019⟧</p><p>⟦l [2] 家庭保健器具选购与保养，2021⟧</p></div>
<div class="wk-edit">⟦m 本词条最近由 青檀 于 2 个月前编辑　浏览 18,204 次⟧</div>
<div class="wk-ft">⟦d 知物百科内容由网友共同编辑，如需就医请咨询专业医生。⟧ ⟦m 浙ICP备20061388号⟧</div>
</body></html>
""",
        body="""
刮痧板是进行刮痧操作时使用的器具，一般呈长方形、鱼形或梳形，边缘圆钝光滑，用于在皮肤表面按一定方向刮拭。⟦l [1]⟧
材质⟦a [编辑本段]⟧
常见的刮痧板有水牛角、砭石、玉石、树脂等材质。水牛角刮痧板质地坚韧、不易导热，使用较为广泛；砭石刮痧板表面细腻，多用于面部刮痧。⟦l [2]⟧
使用方法
刮痧时通常先在皮肤上涂抹刮痧油或润滑剂，手持刮痧板与皮肤呈30度至60度角，沿同一方向刮拭，以局部出现潮红或痧点为度。
清洁与保养
刮痧板用后应清洗干净并擦拭消毒，避免多人共用；水牛角刮痧板不宜长时间浸泡或暴晒，以免开裂变形。
注意事项
皮肤破损、有出血倾向者以及孕妇的腹部和腰骶部不宜刮痧。刮痧后宜饮用温水，短时间内不宜洗冷水澡。
""",
    ),
    dict(
        slug="wiki-wuming-entry-coil-holder-text",
        site="物名小辞典 (invented encyclopaedia), text",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wumingcidian.com/ci/wenxiangpan",
        title="蚊香盘",
        record_title="蚊香盘（日用器具）_物名小辞典",
        date=None,
        notes="entry as text: the entry name opens the body (the repeated title matched as head); a 'cite this entry' "
        "line and related entries; no date",
        page="""
!m 物名小辞典　·　日用器具卷
!m 首页 / 日用器具 / 驱虫用品
{T}
!m 拼音：wén xiāng pán　　又称：蚊香架、蚊香托
{BODY}
!a 引用本条目　　纠错　　收藏
!l 相关条目：蚊帐　电蚊拍　驱蚊液
!m 物名小辞典　wumingcidian.com
""",
        indent="",
        body="""
蚊香盘，又称蚊香架、蚊香托，是点燃盘式蚊香时用来支撑蚊香并承接香灰的器具。
蚊香盘多用铁皮、铝或陶瓷制成，中间设有支架或插针，用来固定蚊香的中心，使燃烧的香头悬空，不与盘面和地面接触。有的蚊香盘带有网状防护罩，可以防止香头跌落，也能避免儿童直接触碰。
使用时，蚊香盘应放置在平稳、不易燃的地面或台面上，远离蚊帐、窗帘、床单等可燃物，人离开房间时应熄灭蚊香。
""",
    ),
    dict(
        slug="netdisk-yunji-rules-deicing-pdf",
        site="云笈网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="规定",
        kind="other",
        form="html",
        source="https://pan.yunji-cloud.com/s/1qPz7Lm0aK",
        title="矾岭县公交公司车辆除冰作业安全规定",
        record_title="矾岭县公交公司车辆除冰作业安全规定.pdf",
        date=None,
        notes="file-name record title; a cloud-drive preview with save/download buttons, VIP speed prompts and a "
        "share stamp; 第N条 articles ending with an effective clause (no date expected)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>矾岭县公交公司车辆除冰作业安全规定.pdf_免费高速下载|云笈网盘</title>
</head><body>
<div class="yj-top">⟦m 云笈网盘　存得下，找得到⟧　⟦a 账号登录　新用户注册⟧</div>
<div class="yj-file"><p class="fname">⟦t 矾岭县公交公司车辆除冰作业安全规定.pdf⟧</p>
<p>⟦m 分享者：fl_gongjiao**　分享于 5 天前　文件大小 212KB　有效期：永久⟧</p>
<p>⟦a 保存到我的云笈　普通下载　超级会员极速下载⟧</p></div>
<div class="yj-view"><h3>{T}</h3>
{BODY}
</div>
<div class="yj-vip">⟦a 非会员预览仅限前3页，开通超级会员可查看完整文档并享10倍下载速度⟧</div>
<div class="yj-ft">⟦d 请勿通过云笈网盘分享侵权、违法内容，一经发现将依法处理。⟧ ⟦m © 云笈网盘 苏ICP备17055312号⟧</div>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        body="""
第一条　为规范冬季车辆除冰作业，防止作业人员受伤和车辆损坏，制定本规定。
第二条　除冰作业只能使用公司配发的塑料除冰铲和软毛雪刷，禁止使用金属工具。
第三条　作业前应先启动车辆并开启暖风除霜，驾驶员离车除冰时须拉紧手刹、挂空挡。
第四条　清除车顶积雪须使用专用平台，严禁攀爬车辆。
第五条　严禁用热水浇淋挡风玻璃和后视镜。
第六条　除冰作业完成后，驾驶员须在出车检查表上签字确认。
第七条　本规定自2024年11月15日起施行。
""",
    ),
    dict(
        slug="netdisk-xiaojing-summary-sharpening-unit-markers",
        site="小鲸网盘 (invented cloud drive), text of the preview",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xiaojingpan.com/share/init?surl=Hq7x2WcR",
        title="臾川县实验小学三年级劳动教育“削铅笔”单元教学总结",
        record_title="臾川县实验小学三年级劳动教育“削铅笔”单元教学总结.docx",
        date="2024-11-08",
        notes="file-name record title; page markers '➹ n ➹' on lines of their own cutting sentences; a summary with a "
        "percentage; signature date; a share stamp",
        page="""
!m 小鲸网盘 · 文件预览
!t 臾川县实验小学三年级劳动教育“削铅笔”单元教学总结.docx
!m 来自：三年级组的分享　　分享时间：昨天 16:08　　大小：31KB
!a 保存到网盘　　下载　　举报
{T}
{BODY}
!a 在线预览仅显示部分页面，下载后查看完整内容
!d 小鲸网盘提示：请勿分享涉密文件，分享内容由用户自行负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="➹ {n} ➹", every=130, start=2),
        body="""
本学期，三年级组按照学校劳动教育课程安排，在9月至10月开展了“削铅笔”单元教学，共6个班、268名学生参加。现将有关情况总结如下。
一、主要做法
（一）安全先行。每个班第一课都先讲削笔刀的结构和安全规则，学生通过“安全口诀”考核后才能动手练习。
（二）分层练习。先用粗杆铅笔练习握刀和推刀，再过渡到普通铅笔，最后练习削出统一长度的笔尖。
（三）家校配合。请家长在家中监督孩子每周削一次铅笔，并拍照记录练习情况。
二、取得的成效
单元结束时，全年级有241名学生能独立削好铅笔，占学生总数的89.9%；教学期间未发生一起划伤事故。
三、存在的问题
个别学生握刀姿势仍不规范，少数家长担心安全，不愿让孩子在家练习。
下学期，我们将继续开展劳动技能展示活动，巩固教学成果。
臾川县实验小学三年级组
2024年11月8日
""",
    ),
    dict(
        slug="snapshot-tanye-consumer-tips-basket-byline",
        site="探页快照 (invented search-engine cache) of 朐阳市消费者协会",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://cache.tanye-search.com/c?u=http%3A%2F%2Fwww.qyxiehui.org.cn%2Fxfts%2F2024%2F0315%2F88.html",
        title="消费提示：选购橱柜拉篮要注意“五看”",
        record_title="消费提示：选购橱柜拉篮要注意“五看”_朐阳市消费者协会（探页网页快照）",
        date="2024-03-15",
        notes="cache frame with a capture banner (a capture stamp, no date) and highlighted search terms; the cached "
        "page's 发布时间 as the page's date; a 12315 sentence in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>消费提示：选购橱柜拉篮要注意“五看”_朐阳市消费者协会（探页网页快照）</title>
</head><body>
<div class="ty-cache">⟦m 这是探页快照，保存于 2024年9月2日 06:41，原网页可能已更新⟧ <a>⟦a 查看原网页⟧</a><br>
⟦m 您搜索的关键词已高亮：<span class="hl">橱柜</span> <span class="hl">拉篮</span> <span class="hl">选购</span>⟧</div>
<div class="ty-frame">
<div class="xh-head">⟦m 朐阳市消费者协会⟧　⟦m 维护消费者合法权益⟧</div>
<div class="xh-nav">⟦m 首页　消费提示　投诉指南　比较试验　维权案例⟧</div>
<h1>{T}</h1>
<p class="xh-meta">⟦m 发布时间：2024-03-15　　来源：朐阳市消费者协会秘书处⟧</p>
<div class="xh-body">
{BODY}
</div>
<p class="xh-share">⟦l 转发到：微信好友　新浪微博⟧</p>
<div class="xh-ft">⟦m 朐阳市消费者协会　地址：朐阳市逖湖区府前路9号　闽ICP备10018346号⟧</div>
</div>
</body></html>
""",
        body="""
近年来，我会受理的橱柜拉篮类投诉逐年增多，主要涉及生锈掉漆、滑轨卡滞、承重不足等问题。在此提醒广大消费者，选购橱柜拉篮时要注意“五看”：
一看材质。尽量选择不锈钢材质或表面处理良好的产品，必要时要求商家出示材质证明。
二看焊点。焊点应饱满光滑，无虚焊、漏焊和毛刺。
三看滑轨。现场拉出试推，滑轨应顺畅无异响，带阻尼的滑轨关闭时应平稳无撞击。
四看标识。产品应标明生产企业、型号规格和额定承重。
五看票据。购买时索要发票和保修凭证，安装时要求按说明书施工。
消费者如遇纠纷，可拨打12315投诉。
""",
    ),
    dict(
        slug="snapshot-taoye-letter-guasha-elderly-oneline",
        site="淘页搜索 (invented search-engine text-only cache)",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://snap.taoye.cn/text?u=jkj.yuchuan.gov.cn/tzgg/202410/t20241011_5390.html",
        title="臾川县卫生健康局关于规范养老机构内刮痧等中医保健服务的函",
        record_title="臾川县卫生健康局关于规范养老机构内刮痧等中医保健服务的函 ※ 淘页快照·纯文字",
        date="2024-10-09",
        notes="text-only cache: the whole letter on one line; the bureau's own 联系人/电话; a capture banner (no date); "
        "signature date",
        page="""
!m 淘页快照（纯文字版）　抓取时间：3 天前　　原网址：jkj.yuchuan.gov.cn/tzgg/202410/t20241011_5390.html
!a 本快照仅保留文字，图片与附件请访问原网页
!m 臾川县卫生健康局 > 通知公告
{T}
{BODY}
!m 臾川县卫生健康局　主办　闽ICP备09023370号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
县民政局：
近期，我局在医养结合工作督导中发现，部分养老机构引入社会人员为老人提供刮痧、拔罐等保健服务，存在服务人员无资质、刮痧板多人共用、未评估老人身体状况等问题，给老人健康带来隐患。为此，特函请贵局协助做好以下工作：
一、督促各养老机构对提供中医保健服务的人员和机构进行资质核查，不得引入无资质人员。
二、提醒养老机构在开展刮痧服务时落实一人一板和清洁消毒要求，并事先评估老人健康状况。
三、我局将组织县中医院为养老机构护理人员开展一次刮痧操作规范培训，请贵局协助通知。
联系人：倪晓峰，电话：0593-7329152。
臾川县卫生健康局
2024年10月9日
""",
    ),
    dict(
        slug="print-chouxi-bulletin-coil-fires-footer",
        site="稠溪县应急管理局 (invented), print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://yjj.chouxi.gov.cn/print.jsp?id=20240726015",
        title="关于近期因蚊香使用不当引发火灾情况的通报",
        record_title="〖待打印〗关于近期因蚊香使用不当引发火灾情况的通报 · 稠溪县应急管理局",
        date="2024-07-26",
        notes="print view calling window.print(): print/close buttons, a print-time stamp (no date), the page URL, a "
        "print footer '➭ 页次 1／1 ➭'; a 印发 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖待打印〗关于近期因蚊香使用不当引发火灾情况的通报 · 稠溪县应急管理局</title>
<style>@media print{.noprint{display:none}}</style>
</head><body onload="window.print()">
<div class="noprint">⟦a 〔开始打印〕　〔关闭此窗口〕⟧</div>
<div class="p-head">⟦m 稠溪县应急管理局　·　打印稿⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-url">⟦m 原文地址：http://yjj.chouxi.gov.cn/tzgg/20240726/015.html⟧</div>
<div class="p-time">⟦m 打印时间：2024-08-01 10:22⟧</div>
<div class="p-foot">⟦p ➭ 页次 1／1 ➭⟧</div>
<script>function closeWin(){window.close();}</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
今年6月以来，全县共发生因蚊香使用不当引发的火灾5起，造成1人轻度烧伤，直接财产损失约12万元。经调查，5起火灾均存在蚊香未放在蚊香盘内、蚊香靠近可燃物或人离开时未熄灭等问题，其中3起发生在独居老人家中。
为切实防范此类火灾，现提出如下要求：
一、各乡镇要组织网格员、村（居）干部对辖区独居老人、留守儿童家庭开展一次入户提醒，重点检查蚊香盘使用情况。
二、县市场监管局要加强对蚊香、蚊香盘产品的质量抽查，依法查处不合格产品。
三、县消防救援大队要通过短视频、村村响等方式开展蚊香安全用火宣传。
稠溪县应急管理局
2024年7月26日
稠溪县应急管理局办公室　2024年7月26日印发
""",
    ),
    dict(
        slug="print-yuchuan-school-letter-pencil-knife-text",
        site="臾川县实验小学 (invented), print view as text",
        style="打印页",
        genre="致家长的一封信",
        kind="other",
        form="text",
        source="http://www.ycsyxx.cn/print/?aid=2207",
        title="臾川县实验小学致三年级家长的一封信",
        record_title="〔家长版·打印〕臾川县实验小学致三年级家长的一封信",
        date="2024-09-02",
        notes="print view as text: a print-time stamp (no date), the page URL, a print footer '第 1 页 ➫ 共 1 页'; "
        "a letter asking parents to buy a covered pencil knife; signature date",
        page="""
!a 打印　|　返回原页面
!m 臾川县实验小学　家校通知
{T}
{BODY}
!m 页面地址：http://www.ycsyxx.cn/jxtz/2207.html
!m 打印于 2024/9/3 07:41
!p 第 1 页 ➫ 共 1 页
""",
        indent="\u3000\u3000",
        body="""
尊敬的三年级家长朋友：
您好！本学期学校将开设劳动教育“削铅笔”单元，为保证课堂安全，现就学生准备削笔刀事宜告知如下：
一、请为孩子准备一把带滑盖或护套的小号削笔刀，刀片长度不超过4厘米，不要购买美工刀或折叠刀。
二、请在刀柄上贴好孩子的姓名，平时收放在文具盒内。
三、请利用周末陪孩子在家练习一次，提醒孩子刀口朝外、手指远离刃口。
如有疑问，请与班主任联系。感谢您的理解与配合！
臾川县实验小学
2024年9月2日
""",
    ),
    dict(
        slug="mail-qujiaoyou-letter-order-pencil-knives-webmail",
        site="朐教邮 (invented school webmail), reading view",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.qyedu.cn/webmail/read?mid=ZC2409060815",
        title="关于订购学生安全削笔刀的函",
        record_title="〔转寄〕关于订购学生安全削笔刀的函（请尽快回复报价）",
        date="2024-09-05",
        date_also=["2024-09-06"],
        notes="webmail reading view: forwarded header (from/to/send time), an attachment bar beside the letter's own 附件 "
        "list, the school's own 联系人/电话/邮箱; the letter's date expected, the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>朐教邮 - 读信</title></head><body>
<div class="wm-top">⟦m 朐教邮 · 朐阳教育电子邮件系统⟧　⟦m zwc@qysx.qyedu.cn⟧　⟦a 退出⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为　移动到⟧</div>
<div class="wm-subject">⟦t 〔转寄〕关于订购学生安全削笔刀的函（请尽快回复报价）⟧</div>
<table class="wm-head">
<tr><td>⟦m 发件人：阎子涵 &lt;zwc@qysx.qyedu.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：sales@wenhua-wenju.com⟧</td></tr>
<tr><td>⟦m 时　间：2024年9月6日（周五）08:15⟧</td></tr>
</table>
<div class="wm-fwd">⟦m ---------- 转寄的信件 ----------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att"><p>⟦l 附件（2 个）⟧</p><p>⟦l 学生安全削笔刀技术要求.docx（15.2K）　预览　下载⟧</p><p>⟦l 送货地址及收货人.xlsx（9.8K）　预览　下载⟧</p></div>
<div class="wm-ft">⟦m 朐阳市教育局信息中心　邮箱系统技术支持 0593-6011230⟧</div>
</body></html>
""",
        body="""
朐阳市文华文具有限公司：
我校本学期将在三、四年级开设劳动教育“削铅笔”课程，需采购学生用安全削笔刀一批。经比较，拟向贵公司订购，现将有关事项函告如下：
一、品名规格：带护套安全削笔刀，刀片长度不超过4厘米，刀柄可贴姓名标签。
二、数量：520把。
三、交货时间：2024年9月20日前送至我校总务处。
四、请贵公司于9月10日前回复报价，并提供产品质量检验报告。
联系人：阎子涵（总务处），电话：0593-6052318，邮箱：qysx_zwc@163.com。
附件：1.学生安全削笔刀技术要求
2.送货地址及收货人信息
朐阳市第三小学
2024年9月5日
""",
    ),
    dict(
        slug="mail-forward-request-deicing-funds-text",
        site="矾岭县公交公司 forwarded mail (invented), text",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:bangongshi@flgongjiao.cn",
        title="关于申请冬季车辆除冰工具购置经费的请示",
        record_title="［转自办公室］关于申请冬季车辆除冰工具购置经费的请示",
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="forwarded mail as text: a forwarded header with its own 抄送 line beside the request's 抄送 line; the "
        "request's 附件 and 联系人 lines; the document's date expected, the mail's send date also accepted",
        page="""
!m 发件人：办公室 <bangongshi@flgongjiao.cn>
!m 发送时间：2024年11月5日 星期二 09:12
!m 收件人：jtj_cwk@fanling.gov.cn
!m 抄　送：zhangwu@flgongjiao.cn
!t 主　题：［转自办公室］关于申请冬季车辆除冰工具购置经费的请示
!m ——————— 以下为转发内容 ———————
{T}
{BODY}
!d 此邮件及附件仅供收件人使用，如误收请立即删除并告知发件人。
!m 矾岭公交办公室 · 发自企业邮箱
""",
        body="""
县交通运输局：
入冬以来，我县多次出现低温冰冻天气，公司现有的除冰工具大多已使用三年以上，破损严重，不能满足260台营运车辆每日出车前的除冰需要。为保障冬季运营安全，现申请购置除冰工具经费3.6万元，主要用于采购塑料除冰铲260把、伸缩式雪刷180把和防冻玻璃水600桶。
妥否，请批示。
附件：冬季除冰工具购置清单
联系人：阎振华，电话：0470-5120376。
矾岭县公共交通有限责任公司
2024年11月4日
抄送：县财政局。
""",
    ),
]
