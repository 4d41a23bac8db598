"""holdout376, part F: encyclopaedias, cloud drives, search caches, print views and mails.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-kettlebell",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiyuanbaike.cn/item/壶铃/20931",
        title="壶铃",
        record_title="壶铃（力量训练器械）- 知源百科",
        date=None,
        notes="encyclopaedia entry: the entry name opens the body (matched as head); 阅读/编辑/讨论/历史版本 tabs, "
        "an infobox, a contents box, reference markers glued after sentences and 'edit this section' links glued "
        "to section headings; no date (a relative edit time only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>壶铃（力量训练器械）- 知源百科</title>
<script src="/w/load.php?modules=site&amp;only=scripts"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科⟧ ⟦m 人人可编的知识源⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zy-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="zy-title">{T}</h1>
<div class="zy-sub">⟦m 力量训练器械　|　本词条由“体育”专题组审核⟧</div>
<table class="zy-infobox">
<tr><td>⟦m 中文名：壶铃⟧</td></tr><tr><td>⟦m 外文名：kettlebell⟧</td></tr><tr><td>⟦m 材　质：铸铁、钢⟧</td></tr><tr><td>⟦m 常见重量：4～48公斤⟧</td></tr>
</table>
<div class="zy-toc">⟦l 目录　1 历史　2 规格　3 训练要点⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《力量训练器械图鉴》，健身出版社⟧</p><p>⟦l [2] 壶铃运动竞赛规则（试行）⟧</p></div>
<div class="zy-side"><h4>⟦l 相关词条⟧</h4><p>⟦l 哑铃　杠铃　药球　战绳⟧</p></div>
<div class="zy-edit">⟦m 最近更新：3 天前　编辑次数：41次⟧</div>
<div class="zy-foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业训练建议。⟧ ⟦m 知源百科 zhiyuanbaike.cn⟧</div>
</body>
</html>
""",
        body="""
壶铃是一种由球形铸铁主体和提把组成的力量训练器械，因外形类似带提梁的水壶而得名，可用于摇摆、抓举、推举、深蹲等多种训练。⟦m [1]⟧
历史⟦a ［编辑此节］⟧
壶铃起源于18世纪前后的俄罗斯，最初是集市上用来称量谷物的配重，后来被农民和军人用于力量比试和训练。20世纪末，壶铃训练传入欧美，并逐步发展成为一项竞技运动。
规格⟦a ［编辑此节］⟧
常见壶铃的重量以4公斤为级差，从4公斤到48公斤不等。竞技壶铃无论重量大小，外形尺寸统一，以颜色区分重量；健身壶铃则重量越大体积越大。⟦m [2]⟧
训练要点⟦a ［编辑此节］⟧
壶铃训练强调以髋部发力带动全身，动作过程中应保持腰背中立。初学者宜在专业人员指导下从轻重量开始练习。
""",
    ),
    dict(
        slug="wiki-bolan-entry-agility-ladder-text",
        site="博览百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bolanbaike.com/view/minjieti.html",
        title="敏捷梯",
        record_title="敏捷梯（体能训练器材）_训练器材条目_博览百科",
        date=None,
        notes="encyclopaedia entry as text: the entry name opens the body; an infobox block and contents line; "
        "section headings; a last-edit stamp (no date)",
        page="""
!m 博览百科 · 开放的中文百科
!m 首页 > 体育 > 训练器材
!t 敏捷梯（体能训练器材）_训练器材条目_博览百科
!a 编辑词条　|　添加义项　|　收藏
!m 别名：绳梯、速度梯　类别：体能训练器材　常见长度：4～9米
!l 目录：1 结构　2 用途　3 注意事项
{BODY}
!m 词条最后修改于 2 个月前 · 浏览 3.4万次
!d 博览百科词条由用户协作编写，内容仅供参考。
!m 博览百科 bolanbaike.com　京ICP备17021448号
""",
        body="""
敏捷梯，又称绳梯、速度梯，是一种用于发展灵敏性、协调性和步频的训练器材，通常由两条长带和若干横档组成，平铺在地面上使用。
结构
常见的敏捷梯长4至9米，横档间距约40至50厘米，部分产品的横档位置可调。材质多为尼龙带和塑料横档，便于卷起携带。
用途
敏捷梯广泛用于足球、篮球、网球等项目的体能训练，也常见于中小学体育课和少儿体适能课程。常见练法有小步跑、侧向滑步、进出步、单脚跳等。
注意事项
使用时应铺在平整、防滑的地面上，练习前充分热身；横档卡扣松动时应及时调整，以免绊倒。
""",
    ),
    dict(
        slug="clouddrive-jingpan-battle-rope-twelve-week-plan",
        site="鲸盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="教学计划",
        kind="plan",
        form="html",
        source="https://pan.jingpan.cn/s/1qWx8RtZb3",
        title="战绳体能课十二周教学计划",
        record_title="战绳体能课十二周教学计划（团课教练自用版）- 鲸盘分享",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts and an expiry stamp; a progress table; "
        "no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>战绳体能课十二周教学计划（团课教练自用版）- 鲸盘分享</title>
<script src="https://s.jingpan.cn/share/preview.js"></script>
</head>
<body>
<div class="jp-bar">⟦m 鲸盘⟧ <a>⟦a 登录鲸盘⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="jp-share">
<div class="jp-owner">⟦m 分享者：覃教练的盘　有效期：永久有效　分享于 4 天前⟧</div>
<h2 class="jp-file">{T}</h2>
<div class="jp-btns">⟦a 保存到我的鲸盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
</div>
<div class="jp-preview">
{BODY}
</div>
<div class="jp-vip">⟦a 当前为普通预览，开通超级会员可免广告、原画预览⟧</div>
<div class="jp-foot">⟦d 鲸盘依法对分享内容进行审核，如发现违规内容请举报。⟧ ⟦m ©2025 鲸盘 jingpan.cn⟧</div>
</body>
</html>
""",
        p_html='<div class="ln">{}</div>',
        body="""
一、教学目标：通过十二周的战绳体能课，使学员掌握战绳基本握法和五种基础动作，提高上肢力量耐力和心肺功能。
二、教学对象：健身中心团课会员，每班不超过16人。
三、教学进度：
周次　教学内容　训练时长
第1—3周　握绳方法、双手波浪、交替波浪　每组20秒
第4—6周　侧向波浪、战绳砸地　每组30秒
第7—9周　组合动作、间歇训练　每组40秒
第10—12周　循环训练、阶段测试　每组45秒
四、考核方式：第12周进行60秒连续交替波浪测试，动作规范、中途不停顿为合格。
五、安全提示：每节课前热身10分钟，课后拉伸5分钟；有肩部伤病的学员须提前告知教练。
""",
    ),
    dict(
        slug="clouddrive-youzi-pommel-horse-install-points-pdf-markers",
        site="柚子云盘 (invented cloud drive)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="text",
        source="https://www.youziyun.cn/s/kP9x2Lm7",
        title="体操鞍马安装验收要点",
        record_title="体操鞍马安装验收要点.pdf",
        date="2025-05-20",
        notes="file-name record title; text extracted from a PDF preview and cut by page markers on lines of their "
        "own; decimal headings; the supplier's date under the signature; a share stamp is no date",
        page="""
!m 柚子云盘 · 文件预览
!t 体操鞍马安装验收要点.pdf
!m 来自 纵力售后小杨 的分享　｜　2.3MB　｜　分享于 昨天 16:20
!a 保存到柚子云盘　　下载（非会员限速）
{BODY}
!a 预览到此结束，完整文件请下载后查看
!d 柚子云盘提醒：请勿分享涉及侵权、违法的内容。
!m 柚子云盘 youziyun.cn
""",
        pages=dict(fmt="⊆{n}⊇", every=120, start=2),
        body="""
1 开箱检查
1.1 核对装箱单，检查马身、马腿、鞍环、底座和配件是否齐全。
1.2 检查马身皮面有无划伤、鼓包，鞍环表面有无裂纹。
2 安装
2.1 鞍马应安装在平整的地面上，四条腿的调平螺栓须全部着地。
2.2 鞍环间距按比赛规则调整为40至45厘米，安装后用扭力扳手紧固。
2.3 马身高度从保护垫上沿量起，比赛型为105厘米，少儿型按训练需要调整。
3 验收
3.1 用双手在鞍环上做支撑摆动，马身不得晃动、移位，连接处不得有异响。
3.2 在马身四周铺设保护垫，保护垫之间不得留缝。
3.3 验收合格后填写验收单，由使用单位和安装人员共同签字。
剑溪纵力体育用品有限公司技术服务部
2025年5月20日
""",
    ),
    dict(
        slug="cache-yunfan-wushan-edu-agility-ladder-showcase",
        site="云帆搜索快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.yunfansou.com/c?u=http%3A%2F%2Fjyj.wushan-xian.gov.cn%2Ftzgg%2F2025%2F1020%2F551.html",
        title="关于开展中小学“敏捷梯大课间”展示活动的通知",
        record_title="关于开展中小学“敏捷梯大课间”展示活动的通知_吾山县教育局（云帆快照）",
        date="2025-10-17",
        date_also=["2025-10-20"],
        notes="search-cache frame with a capture banner and a highlighted-terms line; the cached portal's posting "
        "date differs from the 成文日期; the notice's own contact and mailbox",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展中小学“敏捷梯大课间”展示活动的通知_吾山县教育局（云帆快照）</title>
<script>/* yunfan cache frame */ var hl=["敏捷梯","大课间"];</script>
</head>
<body>
<div class="yf-cache">⟦m 这是云帆搜索对 http://jyj.wushan-xian.gov.cn/tzgg/2025/1020/551.html 的缓存，快照抓取于2025年10月24日。⟧<br>
⟦m 页面在快照后可能已更改，请点击此处查看当前页面。⟧<br>
⟦m 以下关键词已标亮：敏捷梯　大课间⟧</div>
<hr>
<div class="ws-head">⟦m 吾山县教育局⟧ ⟦m <a>首页</a> <a>教育要闻</a> <a>通知公告</a> <a>政务公开</a>⟧</div>
<div class="ws-art">
<h2>{T}</h2>
<div class="ws-meta">⟦m 发布时间：2025-10-20　发布单位：体卫股⟧</div>
{BODY}
</div>
<div class="ws-foot">⟦m 吾山县教育局主办　黔ICP备18003526号⟧</div>
</body>
</html>
""",
        body="""
各中小学：
为展示我县“阳光大课间”改革成果，县教育局定于2025年11月中旬举办中小学“敏捷梯大课间”展示活动。现将有关事项通知如下：
一、参加对象：全县各中小学，每校组队1支，每队20至30名学生。
二、展示内容：以敏捷梯步法练习为主，可融入跳绳、韵律操等内容，时长不超过6分钟。
三、报名方式：各校于11月3日前将报名表报县教育局体卫股，邮箱：twg@wushanedu.cn。
四、评分办法：从动作规范、整体效果、创新编排三个方面评分，设一等奖3名、二等奖5名、三等奖若干。
联系人：施雨辰，电话：0917-5239016。
吾山县教育局
2025年10月17日
""",
    ),
    dict(
        slug="cache-miyuan-text-letter-dog-tag-making-oneline",
        site="觅渊搜索 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kuaizhao.miyuansou.cn/text?id=7f3a91c2",
        title="关于商请协助制作社区犬只登记牌的函",
        record_title="关于商请协助制作社区犬只登记牌的函 ‹觅渊文字快照›",
        date="2025-07-21",
        notes="text-only cache: the letter on one line (paragraphs separated only by their indent); a capture "
        "banner; the letter's own contact; 成文日期 under the signature",
        page="""
!m 觅渊搜索 · 纯文字快照（图片和样式已去除）
!m 原网页：http://www.wangyouli-sq.cn/gzdt/2025/0723/297.html　快照时间：2025-07-30 04:12
!m 提示：原网页可能已经更新或删除，本快照仅供参考。
!t 关于商请协助制作社区犬只登记牌的函 ‹觅渊文字快照›
{BODY}
!m 矢溪街道忘忧里社区　首页　社区动态　便民服务
!m 觅渊搜索 miyuansou.cn
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
剑溪市奇峰区金工职业技术学校：
为做好辖区犬只登记管理工作，我社区拟为已登记犬只统一制作登记牌。经了解，贵校数控专业具备金属激光刻字设备和实训条件，特商请贵校协助制作犬只登记牌300块，材料费用由我社区承担。
具体要求如下：登记牌采用铝合金材质，直径3厘米，正面刻社区名称和登记编号，背面刻二维码。请于2025年8月15日前交付。
如蒙同意，请函复为盼。联系人：鞠晓梅，电话：0916-8372240。
矢溪街道忘忧里社区居民委员会
2025年7月21日
""",
    ),
    dict(
        slug="print-qifeng-culture-bulletin-pommel-horse-check",
        site="剑溪市奇峰区文化体育和旅游局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wtlj.jxqifeng.gov.cn/print.jsp?id=20251106-0412",
        title="关于少儿体操培训机构鞍马器材安全检查情况的通报",
        record_title="打印稿 ❘ 关于少儿体操培训机构鞍马器材安全检查情况的通报 ❘ 奇峰文体旅",
        date="2025-11-06",
        notes="print view calling window.print(): print/close buttons, the URL line and a print footer; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印稿 ❘ 关于少儿体操培训机构鞍马器材安全检查情况的通报 ❘ 奇峰文体旅</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 〔打印本文〕〔关闭本窗口〕⟧</div>
<div class="pr-src">⟦m 奇峰文体旅　wtlj.jxqifeng.gov.cn⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pr-url">⟦m 本页地址：http://wtlj.jxqifeng.gov.cn/tzgg/20251106/0412.html⟧</div>
<div class="pr-foot">⟦p ⬷ 第1页 · 共1页 ⬷⟧</div>
</body>
</html>
""",
        body="""
各体育培训机构：
10月份，区文体旅局组织对全区17家开设少儿体操课程的培训机构开展鞍马等器材安全检查。现将检查情况通报如下：
一、总体情况。共检查鞍马及少儿鞍马31台、保护垫206块。大部分机构能够落实器材日常检查制度，器材状况良好。
二、存在问题。3家机构的鞍马鞍环固定螺栓松动，2家机构保护垫厚度不足10厘米，1家机构未建立器材检查记录。
三、整改要求。相关机构须于11月20日前完成整改，并将整改报告报区文体旅局体育科。逾期未整改的，依法依规处理。
剑溪市奇峰区文化体育和旅游局
2025年11月6日
""",
    ),
    dict(
        slug="print-jiantang-fitness-centre-battle-rope-classes",
        site="箭塘县全民健身中心 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jtqmjs.cn/print/20251127.html",
        title="箭塘县全民健身中心12月战绳团课安排",
        record_title="【纸质打印样】箭塘县全民健身中心12月战绳团课安排（会员请留存）",
        date="2025-11-27",
        notes="print view as text: a print-time line, a class table, booking through the centre's mini-program "
        "as content, a print footer",
        page="""
!m 箭塘县全民健身中心　打印时间：2025-12-01 08:47
!a [打印]　[返回原文]
!t 【纸质打印样】箭塘县全民健身中心12月战绳团课安排（会员请留存）
{BODY}
!m 原文链接：http://www.jtqmjs.cn/tz/20251127.html
!p ⥱ 1／1 ⥱
""",
        indent="\u3000\u3000",
        body="""
为满足广大健身爱好者的需求，中心12月继续开设战绳团课，具体安排如下：
日期　时间　课程　授课教练
每周一　19:00—19:45　战绳入门　卢珊
每周三　19:00—19:45　战绳燃脂　卢珊
每周五　19:00—19:45　战绳进阶　覃志勇
每周六　10:00—10:45　亲子战绳　覃志勇
团课免费向持卡会员开放，每节限16人，请提前通过中心小程序预约，开课前10分钟未签到的视为自动放弃。
箭塘县全民健身中心
2025年11月27日
""",
    ),
    dict(
        slug="webmail-wushan-order-letter-kettlebells-attachments",
        site="吾山县全民健身中心 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.wsqmjs.cn/read?mid=ZL20250514-0033",
        title="关于订购铸铁壶铃的函",
        record_title="〈转发〉关于订购铸铁壶铃的函",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="webmail reading view: forwarded headers with a 抄送 line and an attachment bar beside the letter's own "
        "抄送 and 附件 list; an order table; the letter's contact and mailbox; the mail's send date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〈转发〉关于订购铸铁壶铃的函</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 吾山县全民健身中心 企业邮箱⟧ ⟦m 收件箱(12)　草稿箱　已发送⟧</div>
<div class="wm-folders">⟦m 文件夹：收件箱　星标邮件　已删除　垃圾邮件⟧</div>
<div class="wm-ops">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>⟦t 〈转发〉关于订购铸铁壶铃的函⟧</h3>
<p>⟦m 发件人：包晓晨 &lt;baoxc@wsqmjs.cn&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;xiaoshou@xczhuli.com&gt;⟧</p>
<p>⟦m 抄　送：器材科 &lt;qicai@wsqmjs.cn&gt;⟧</p>
<p>⟦m 时　间：2025年5月14日（周三）09:26⟧</p>
</div>
<div class="wm-att">⟦a 附件（2个）：壶铃订货清单.xlsx（12K）　收货地址及路线图.pdf（340K）　全部下载⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-sign">⟦m ——发自吾山县全民健身中心企业邮箱⟧</div>
</body>
</html>
""",
        body="""
昔川铸力铁艺制品厂：
我中心因全民健身进社区活动需要，拟向贵厂订购铸铁壶铃一批，具体如下：
规格　数量　单价（元）　金额（元）
8公斤　60只　96　5760
12公斤　40只　138　5520
16公斤　20只　176　3520
合计金额14800元。请贵厂于2025年5月30日前送货至吾山县全民健身中心，货到验收合格后15个工作日内付款。
联系人：包晓晨，电话：0917-5208860，邮箱：baoxc@wsqmjs.cn。
附件：1.壶铃订货清单
2.收货地址及路线图
吾山县全民健身中心
2025年5月12日
抄送：吾山县文化和体育局
""",
    ),
    dict(
        slug="mail-jiantang-loan-letter-battle-ropes-docx",
        site="箭塘县自然资源局工会 (forwarded mail as text, invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://jtzrzy-gh/2025-09-11/0931",
        title="关于借用战绳等体育器材的函",
        record_title="转寄·关于借用战绳等体育器材的函.docx",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="file-name record title (a mail subject with an attachment name); forwarded headers as text; the "
        "letter's numbered list and its contact; the mail date differs from the 成文日期",
        page="""
!m -------- 转寄邮件 --------
!m 发件人：邝明 <kuangming@jtzrzy.cn>
!m 日期：2025年9月11日 星期四 10:42
!m 收件人：器材室 <qicaishi@jtqmjs.cn>
!t 主题：转寄·关于借用战绳等体育器材的函.docx
!m 附件：关于借用战绳等体育器材的函.docx（23KB）
{BODY}
!m 此邮件由箭塘县自然资源局邮件系统发出，如非本人收件请删除。
""",
        body="""
箭塘县全民健身中心：
为丰富职工文体生活，我局工会定于2025年9月19日下午在局机关院内举办职工趣味运动会，设战绳挑战、敏捷梯接力等项目。因我局缺少相关器材，特商请贵中心借用以下器材：
1.战绳4根（38毫米）及配套锚点；
2.敏捷梯6副；
3.计时秒表4块。
器材于9月18日下午由我局派车领取，运动会结束后次日归还，如有损坏照价赔偿。
联系人：邝明，电话：0915-3325107。
箭塘县自然资源局工会委员会
2025年9月10日
""",
    ),
]
