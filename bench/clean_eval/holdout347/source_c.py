"""holdout347, part C: WeChat mirrors, document sharing, education portals, intranets, Q&As. Invented text."""

CASES = [
    dict(
        slug="wechat-longxiang-runners-pledge-water-bottles",
        site="号文存档站 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.haowencundang.com/a/lxpaobu/20250905/0018.html",
        title="关于参赛自带运动水壶、减少一次性塑料瓶的倡议书",
        record_title="关于参赛自带运动水壶、减少一次性塑料瓶的倡议书｜隆襄市跑步协会 · 号文存档",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="WeChat mirror: 原创 tag, account line, a star prompt glued before the salutation, 阅读原文/在看/赞赏 rows, QR line, mirror note; signature date expected, account date also; sharing the pledge is content; the association's name is also the signature (head match at the top)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于参赛自带运动水壶、减少一次性塑料瓶的倡议书｜隆襄市跑步协会 · 号文存档</title>
<meta property="og:type" content="article">
<script>var biz="MzU4NDcxNTQ2Mg==";</script>
</head>
<body>
<div class="hw-bar">⟦m 号文存档站 · 公众号文章离线备份⟧ <a href="/s?q=">⟦a 搜公众号文章⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="tag">⟦m 原创⟧</span> <span>⟦m 隆襄市跑步协会⟧</span> <span>⟦m 2025-09-05 18:20　湖南⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rm-tool"><a>⟦a 阅读原文⟧</a> <span>⟦m 阅读 2817⟧</span> <a>⟦a 分享⟧</a> <a>⟦a 点赞 96⟧</a> <a>⟦a 在看 41⟧</a></div>
<div class="reward">⟦a 喜欢作者 ｜ 赞赏支持跑协公益⟧</div>
<div class="qr">⟦a 长按识别二维码，加入隆襄跑友群⟧</div>
</div>
<div class="hw-note"><p>⟦d 本页由号文存档站自动保存，原文版权归公众号作者，如需删除请联系 cundang@haowencundang.com。⟧</p>
<p>⟦l 该公众号其他文章：隆襄半马续水区分布图｜秋季夜跑安全须知｜跑团招募新会员⟧</p></div>
<script src="/js/hw.js"></script>
</body>
</html>
""",
        p_html='<section><p style="text-indent:2em;">{}</p></section>',
        body="""
⟦a 点上方蓝色名字关注跑协，记得设为星标⟧各位跑友：
随着路跑赛事越来越多，赛道上被丢弃的塑料瓶也越来越多。一场万人规模的比赛，往往要消耗三四万瓶瓶装水，很多只喝了一两口就被扔在路边。为此，隆襄市跑步协会向全市跑友发出如下倡议：
一、参赛自带水壶。训练和比赛时尽量携带运动水壶或软水袋，在续水点按需添水，少拿或不拿瓶装水。
二、水壶勤清洗。每次使用后用温水冲洗、晾干，吸嘴和密封圈要拆下清洗，避免滋生细菌。
三、垃圾不落地。确需使用纸杯、瓶装水的，请投放到补给点后方的回收区，不随手丢弃。
四、带动身边人。请把这份倡议分享给身边的跑友和跑团，一起让赛道更干净。
隆襄市跑步协会
2025年9月3日
""",
    ),
    dict(
        slug="wechat-shiyan-school-high-jump-safety-tips",
        site="微文存录 (invented, WeChat mirror, text view)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wx.weiwencunlu.net/mp/ttsyxx/2025102101.html",
        title="校运会跳高比赛安全提示",
        record_title=None,
        date="2025-10-21",
        notes="title missing from the record, found on the page; the account line is the page's date; a follow prompt glued after a sentence; 关注 and 扫码 as content",
        page="""
!m 微文存录　|　收录公众号文章
{T}
!m 泰屯县实验小学　2025-10-21 17:05
!a 听全文　约3分钟
{BODY}
!a 点击“在看”，让更多家长看到
!m 镜像页内链接无法点击
!a 微信扫一扫，关注泰屯县实验小学
!d 以上内容由微文存录从公开网页抓取，仅供存档浏览，侵删。
""",
        indent="",
        gap=True,
        body="""
亲爱的同学们、家长们：
本周四、周五，学校将举行第二十届秋季运动会。跳高是本届运动会的新增项目，比赛使用学校新购的升降式跳高架和加厚海绵包。为确保比赛安全，现将有关注意事项提示如下：
1.参赛同学须穿平底运动鞋，不得穿带鞋钉的跑鞋，赛前摘下发卡、眼镜等硬物。
2.比赛采用“跨越式”过杆，不允许做背越式动作，起跳点由裁判老师统一标定。
3.候场同学在指定区域等候，不得靠近、攀爬或推动跳高架，不得在海绵包上打闹。⟦a 喜欢这篇就点个关注吧⟧
4.如有身体不适，请及时告诉班主任，不要勉强参赛。
请家长关注孩子近期的身体状况，帮助孩子准备好合脚的运动鞋。比赛成绩将在学校公众号公布，家长可扫码查看。
泰屯县实验小学体育组
""",
    ),
    dict(
        slug="docshare-jiandang-contract-template-passport-holders",
        site="简档共享 (invented, document sharing)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.jiandanggx.com/doc/66208173.html",
        title="护照夹定制加工合同（范本）",
        record_title="护照夹定制加工合同（范本）（留白版·填好即签）- 简档共享",
        date=None,
        notes="sharing page: file-info box, upload notice, sign-in points lock, service WeChat; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>护照夹定制加工合同（范本）（留白版·填好即签）- 简档共享</title>
<script src="/assets/jd.js"></script>
</head>
<body>
<div class="jd-head"><a href="/">⟦m 简档共享 — 把好用的文档分给需要的人⟧</a> <a href="/upload">⟦a 上传我的文档赚积分⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="jd-crumb">⟦m 首页 / 合同协议 / 加工承揽合同⟧</div>
<div class="jd-doc">
<h1>{T}</h1>
<table class="jd-info"><tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 页数：2⟧</td><td>⟦m 所需积分：3⟧</td></tr>
<tr><td>⟦m 分享人：墅阁小陈⟧</td><td>⟦m 分享于 2025-08-30⟧</td><td>⟦m 下载次数：87⟧</td></tr></table>
<div class="jd-body">
{BODY}
</div>
<div class="jd-lock">⟦a 签到即可领积分，3积分解锁此合同可编辑版⟧</div>
<div class="jd-btns"><button>⟦a 下载可编辑原件⟧</button> <button>⟦a 收进我的文档夹⟧</button> <button>⟦a 纠错⟧</button></div>
<div class="jd-notice">⟦d 上传须知：本文档由网友自行上传分享，简档共享仅提供展示服务，请使用者自行核对条款的合法性。⟧</div>
<div class="jd-kf">⟦w 合同不会改？简档客服微信 jdgx_kefu07，付费代改⟧</div>
<ul class="jd-rel"><li>⟦l 皮具加工承揽合同（标准版）⟧</li><li>⟦l 礼品定制采购合同范本⟧</li><li>⟦l 旅行社物料采购协议⟧</li></ul>
</div>
<footer><p>⟦m 简档共享 jiandanggx.com　鲁ICP备22014570号-2⟧</p></footer>
</body>
</html>
""",
        body="""
甲方（定作方）：××旅行社有限公司
乙方（承揽方）：××皮具制品厂
根据《中华人民共和国民法典》有关规定，甲乙双方经协商一致，就甲方委托乙方定制护照夹事宜订立本合同。
第一条　定制内容。乙方为甲方加工护照夹＿＿＿＿个，材质为＿＿＿＿，尺寸为＿＿×＿＿厘米，正面压印甲方标识，颜色以双方确认的样品为准。
第二条　价款及支付。每个单价人民币＿＿元，合同总价人民币＿＿＿＿元。合同签订后甲方预付总价的30%，验收合格后十个工作日内付清余款。
第三条　交付期限。乙方应于＿＿＿＿年＿＿月＿＿日前将全部货物送至甲方指定地点，运费由乙方承担。
第四条　质量验收。甲方收货后五日内按样品验收，发现开线、压印模糊、尺寸不符的，乙方应无偿返工或更换。
第五条　违约责任。乙方逾期交货的，每逾期一日按合同总价的0.5%支付违约金；甲方逾期付款的，按同一标准承担违约责任。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenpu-request-football-goals-glued-markers",
        site="文圃分享网 (invented, text export)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.wenpufx.com/file/2025/0318/77460.html",
        title="寨洼镇中心小学关于购置移动式足球门的请示",
        record_title="寨洼镇中心小学关于购置移动式足球门的请示.doc",
        date="2025-03-11",
        notes="sharing page exported as text; page markers ♩n♩ glued to the continuation line (not wrapped); .doc record title; the request's own itemised budget; 成文日期",
        page="""
!m 文圃分享网　好资料一起用
!m 位置：文圃 → 学校管理 → 请示报告
!t 寨洼镇中心小学关于购置移动式足球门的请示.doc
!m 大小 31KB ｜ 2页 ｜ 上传 2025-03-18 ｜ 已下载 56 次
{T}
{BODY}
!a 下载完整版需登录，每天首次下载免费
!d 文档来自网友分享，仅供参考。如有侵权，请联系我们删除。
!l 相关：学校购置体育器材的请示｜关于申请维修学校操场的请示
!m wenpufx.com 冀ICP备20025513号
""",
        pages=dict(fmt="♩{n}♩", every=100, start=2, glue=True),
        body="""
县教育体育局：
我校现有足球场地一块，原有两副铁质足球门已使用十一年，门框锈蚀严重，去年秋季一副球门横梁焊点断裂，已停止使用。学校现有足球兴趣班学生120余人，每周训练四次，器材短缺问题较为突出。
为保障学生训练安全，经学校行政会研究，拟购置铝合金移动式七人制足球门两副，并配套配重沙袋和防护网，预算共计2.36万元。具体如下：
一、铝合金七人制足球门两副，单价8600元，计1.72万元；
二、配重沙袋十六个及地锚八套，计2800元；
三、球网及护网一套，计3600元。
所需资金拟从学校公用经费中列支，不足部分恳请局里给予补助。
妥否，请批示。
寨洼镇中心小学
2025年3月11日
""",
    ),
    dict(
        slug="edu-xianjiao-notice-water-bottles-attachments",
        site="宪郊区教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.xianjiao.gov.cn/tzgg/2025/0902/5518.html",
        title="关于规范中小学生在校饮水和运动水壶使用管理的通知",
        record_title="关于规范中小学生在校饮水和运动水壶使用管理的通知 - 通知公告 - 宪郊区教育局",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, the notice's 联系人/邮箱 beside a technical-support line; 成文日期 expected, publish date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范中小学生在校饮水和运动水壶使用管理的通知 - 通知公告 - 宪郊区教育局</title>
<script src="/static/js/common.js"></script>
</head>
<body>
<div class="xj-top"><a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 邮箱登录⟧</a> <span>⟦m 隆襄市宪郊区教育局 · 办人民满意的教育⟧</span></div>
<ul class="xj-nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="xj-crumb">⟦m 您现在的位置：首页 » 通知公告⟧</div>
<div class="xj-main">
<h1>{T}</h1>
<p class="xj-meta">⟦m 发布日期：2025-09-02　发布单位：体卫艺科　阅读：1408⟧</p>
<div class="xj-text">
{BODY}
</div>
<div class="xj-att"><p>⟦a 附件1：学生饮水登记表.doc（点击下载）⟧</p><p>⟦a 附件2：学校饮水设施自查表.xls（点击下载）⟧</p></div>
<p class="xj-prn"><a>⟦a 打印正文⟧</a>　<a>⟦a 返回顶部⟧</a></p>
</div>
<div class="xj-foot"><p>⟦m 主办：隆襄市宪郊区教育局　地址：宪郊区驰郊路88号⟧</p><p>⟦m 网站技术支持：0731-84906601（工作日）⟧</p><p>⟦m 湘ICP备12009077号-4　湘公网安备43010402000915号⟧</p></div>
</body>
</html>
""",
        body="""
各中小学校：
秋季开学后气温仍然较高，学生体育活动多、饮水需求大。为保障学生在校饮水安全，养成健康饮水习惯，现就规范学生饮水和运动水壶使用管理有关事项通知如下。
一、保障饮水供应。各校要确保每层教学楼至少设置一处直饮水点，体育课、大课间前后留出饮水时间，不得以任何理由限制学生饮水。
二、提倡自带水壶。鼓励学生自带运动水壶，水壶上贴好姓名标签，做到一人一壶、不混用；学校不得指定品牌或统一收费购买。
三、做好清洁提醒。班主任每周提醒学生将水壶带回家清洗，吸管式水壶要拆洗吸管和硅胶嘴。
四、加强检查。各校于9月19日前完成饮水设施自查，填写附件表格报区教育局体卫艺科。
联系人：庞老师，电话：0731-84906673，邮箱：xjtwy@xianjiao.edu.cn。
附件：1.学生饮水登记表
2.学校饮水设施自查表
隆襄市宪郊区教育局
2025年9月1日
""",
    ),
    dict(
        slug="edu-changlong-report-high-jump-inspection-wrapped",
        site="昌陇县教育信息网 (invented, text view)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.cljyxx.cn/html/tongbao/20251107/1042.html",
        title="关于全县中小学跳高架及海绵垫安全检查情况的通报",
        record_title="【体卫艺工作】关于全县中小学跳高架及海绵垫安全检查情况的通报 - 昌陇县教育信息网",
        date="2025-11-07",
        notes="education portal text view hard-wrapped at 70 columns; a table one row a paragraph (cells apart by ideographic spaces); 文号 line neutral; date in Chinese numerals; 抄送 and 印发 lines",
        page="""
!m 昌陇县教育信息网
!m 首页 → 通知通报 → 体卫艺工作
!t 【体卫艺工作】关于全县中小学跳高架及海绵垫安全检查情况的通报 - 昌陇县教育信息网
!m 作者：体卫艺股　更新：2025-11-10 08:30　浏览：533
!a 〖字号 大 中 小〗〖打印〗〖关闭〗
昌教体〔2025〕41号
{T}
{BODY}
!l 上一篇：昌陇县第十三届中小学生田径运动会成绩公告
!l 下一篇：关于开展冬季校园体育活动的通知
!m 昌陇县教育局主办　技术维护：县教育信息中心
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各中小学校：
10月下旬，县教育局组织对全县中小学跳高器材进行了安全检查，共检查学校21所、跳高架37副、海绵垫26套。现将检查情况通报如下。
一、总体情况
多数学校能按要求做好器材日常维护，跳高架立柱稳固，海绵垫外套完好。但也有部分学校存在隐患，主要问题如下表：
学校　问题　整改期限
墅阁镇中学　跳高架底座配重缺失　11月20日前
殿涌镇中心小学　海绵垫外套破损、内芯受潮　11月30日前
县第三中学　横杆托锈蚀，升降卡扣失灵　11月20日前
二、整改要求
有问题的学校要立即停用相关器材，按期完成整改并报送整改照片；其余学校要举一反三，建立器材月检制度。
昌陇县教育局
二〇二五年十一月七日
抄送：县体育运动学校，县教学研究室。
昌陇县教育局办公室　2025年11月7日印发
""",
    ),
    dict(
        slug="oa-kunchi-minutes-racket-frame-cracks",
        site="坤驰体育用品有限公司协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.kunchisports.com/doc/view.do?id=2025061208",
        title="拍框开裂问题专题质量会议纪要",
        record_title="〔品质周会·第6期〕拍框开裂问题专题质量会议纪要 - 坤驰协同办公",
        date="2025-06-12",
        notes="OA document view: 流转记录, read counts, archive/forward buttons; minutes with 时间/地点/主持/参会/记录 lines and a vote count; a table one row a paragraph; the 时间 line is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔品质周会·第6期〕拍框开裂问题专题质量会议纪要 - 坤驰协同办公</title>
<script src="/oa/js/doc.js"></script>
</head>
<body>
<div class="oa-top">⟦m 坤驰协同办公 V6.2⟧ ⟦m 当前用户：质检部 韩蓓⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu"><span>⟦m 待办事项(3)⟧</span> <span>⟦m 公文流转⟧</span> <span>⟦m 会议纪要⟧</span> <span>⟦m 知识文库⟧</span></div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-attr">⟦m 文档编号：KC-ZL-2025-0612　密级：内部　起草：品质部 赵萌⟧</div>
<div class="oa-content">
{BODY}
</div>
<div class="oa-act"><button>⟦a 归档⟧</button> <button>⟦a 转给同事看⟧</button> <button>⟦a 我已阅知⟧</button></div>
<table class="oa-flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 06-13 09:02 品质部 赵萌 起草⟧</td></tr>
<tr><td>⟦m 06-13 10:40 生产副总 殷永年 审核通过⟧</td></tr>
<tr><td>⟦m 已阅 27 人　未阅 5 人⟧</td></tr></table>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传截图。⟧ ⟦m 信息中心维护 分机 8019⟧</div>
</body>
</html>
""",
        body="""
时间：2025年6月12日下午2:30
地点：公司二楼质检会议室
主持：殷永年
参会：品质部、碳纤维车间、成型车间、采购部负责人，共9人
记录：赵萌
会议围绕5月份网球拍拍框开裂返修问题进行了专题分析，形成纪要如下。
一、问题情况。5月共返修拍框开裂球拍142支，集中在27英寸成人拍，开裂部位多在拍喉与拍头连接处。主要批次如下：
批次　返修数量　主要部位
KC2504-11　63支　拍喉
KC2504-17　48支　拍头三点钟位置
KC2505-03　31支　拍喉
二、原因分析。经解剖检测，主要原因是碳布铺层在拍喉转角处搭接不足，加之固化温度曲线波动。
三、会议决定。（一）拍喉转角增加一层45度碳布，由碳纤维车间6月20日前完成工艺修改；（二）固化炉加装温度记录仪，采购部6月底前到货；（三）上述三个批次库存成品全部复检。
四、表决情况。对是否暂停27英寸成人拍出货至复检完成，应到9人，实到9人，同意8人，反对0人，弃权1人，决定通过。
""",
    ),
    dict(
        slug="oa-fengyi-report-passport-holder-rework",
        site="丰逸皮具厂内网 (invented, intranet, text view)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://192.168.10.5/notice/show.asp?id=319",
        title="关于护照夹出口订单返工问题的通报",
        date="2025-07-22",
        notes="intranet notice as text: record title as is; 文号 line neutral; read counts and download button; 成文日期",
        page="""
!m 丰逸皮具厂　内部信息平台
!m 您好，车间主任 韩寨生　｜　修改密码　｜　退出
!m 通知通报 > 质量通报
{T}
丰逸质〔2025〕9号
!m 发布部门：质量管理部　阅读人数：64
{BODY}
!a 〔下载此通报〕〔打印〕
!l 同栏目：关于规范车间5S管理的通知｜2025年上半年质量考核结果
!m 本平台仅限厂内局域网访问 信息组维护
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
7月中旬，我厂出口的一批护照夹（订单号FY-2507-018，共6000个）在客户验货时被发现问题，经返工后于7月20日重新交货，造成直接损失约1.8万元。现将有关情况通报如下：
一、问题情况。抽检的200个护照夹中，有23个存在边油开裂、起泡，11个烫金标识歪斜超过1毫米，不合格率17%。
二、原因分析。一是油边车间赶工期，边油未干透就装箱；二是烫金工位更换夹具后没有首件确认。
三、处理意见。对油边车间和烫金工位当班班长各扣发当月绩效20%，全厂通报批评。
四、整改要求。各车间要严格执行首件检验和工序自检，边油晾干时间不少于4小时；质量管理部每周对出口订单加抽一次。
丰逸皮具厂质量管理部
2025年7月22日
""",
    ),
    dict(
        slug="qa-wenbafang-movable-football-goal-anchor",
        site="问八方 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenbafang.com/question/73019284",
        title="小区草坪上放的移动足球门，需要固定在地上吗？",
        record_title=None,
        date=None,
        notes="Q&A: the question is the title (missing from the record, found in the <h1>); adopted-answer badge, vote bar, more answers; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>小区草坪上放的移动足球门，需要固定在地上吗？_问八方</title>
<script src="/js/wbf.min.js"></script>
</head>
<body>
<div class="wbf-head">⟦m 问八方 · 有问题，八方来答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wbf-crumb">⟦m 问八方 › 生活 › 体育运动⟧</div>
<div class="wbf-q">
<h1>{T}</h1>
<p class="wbf-qdesc">⟦m 提问者：阁涌小区业主　｜　浏览 2041 次⟧</p>
</div>
<div class="wbf-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wbf-user">⟦m 答主：体育老师老殷　｜　回答于 3 天前⟧</div>
<div class="wbf-ans">
{BODY}
</div>
<div class="wbf-vote">⟦a 有用 318 ｜ 没用 4 ｜ 评论 12⟧</div>
</div>
<div class="wbf-more"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 热心网友：一定要固定，我们小区就出过事⟧</p><p>⟦l 佚名：问问物业吧，他们应该有沙袋⟧</p></div>
<div class="wbf-rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 小孩子踢球用几号球合适？⟧</p><p>⟦l 草坪上可以打地钉吗？⟧</p></div>
<footer>⟦d 问八方回答仅代表答主个人观点，不构成专业建议。⟧ ⟦m © 2025 wenbafang.com⟧</footer>
</body>
</html>
""",
        body="""
需要，而且一定要固定。移动足球门看着不重，但重心高、底座窄，孩子吊在横梁上荡一下，或者遇到大风，都可能整个向前翻倒，砸到人后果很严重。
固定的办法有三种，可以根据场地选：
1.草坪或土地上，用U形地钉把后底杆钉进地里，每侧至少两根；
2.硬化地面上，在后底杆上压配重，每侧不少于25公斤，沙袋、水袋都可以；
3.长期不用时，把球门正面朝下平放，或者用链条锁在围栏上。
另外提醒一下，平时要教育孩子不要攀爬球门、不要挂在球网上，每次踢球前先推一推，晃动明显就先别用。
""",
    ),
    dict(
        slug="qa-wendeming-beginner-racket-weight",
        site="问得明 (invented, Q&A, text view)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wendeming.cn/q/4410297.html",
        title="初学网球，球拍选多重的合适？",
        record_title="初学网球，球拍选多重的合适？ - 运动问答 - 问得明",
        date=None,
        notes="Q&A as text: answerer line with a relative time, vote line, other answers and related questions; no date",
        page="""
!m 问得明 — 一问就明白
!m 问得明 > 运动问答 > 网球
!t 初学网球，球拍选多重的合适？ - 运动问答 - 问得明
大二学生，下学期选了网球课，想自己买一支拍子，预算五百以内。
!m 最佳答案
!m 坤驰教练阿宁　2 天前　采纳率 92%
{BODY}
!a 👍 赞同 207　　💬 评论 15　　⚑ 举报
!l 更多回答（4）
!l 网友“正手大力”：先去球馆借几支试试手感，再决定
!l 相关问题：网球拍线多少磅合适？｜网球肘怎么预防？
!m 问得明 wendeming.cn 京ICP备23041186号
""",
        body="""
初学者建议选空拍重量在260到285克之间、拍面100平方英寸左右的球拍。
太重的拍子挥不动，动作容易变形，还容易伤手腕和肘部；太轻的拍子稳定性差，来球一重就被“打飞”。女生和力量偏小的同学可以选260克左右，男生可以选280克左右。
另外注意两点：一是握柄尺寸，一般手掌较小的选2号柄，较大的选3号柄；二是买回来先请店里按45磅左右穿线，不要拉太紧。
五百元的预算足够买一支不错的入门碳素拍，不必追求专业款。
""",
    ),
]
