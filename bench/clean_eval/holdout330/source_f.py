"""holdout330, part F: encyclopaedias, cloud-drive previews, search caches, print views and forwarded
mail. Every document, place, person, firm, site, URL and phone is invented; each case written by
hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="bowen-baike-entry-glasses-chain",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowenbk.example.com/item/yanjinglian/60318",
        title="眼镜链",
        record_title="眼镜链（眼镜配件）- 博闻百科",
        date=None,
        notes="encyclopaedia with edit/discuss/history tabs, an infobox, a contents box and reference markers "
        "glued after 。; the entry name opens the body (matched as head); an 'edit this section' link "
        "glued to a section heading; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>眼镜链（眼镜配件）- 博闻百科</title><script src="/static/lemma/toc.js"></script></head>
<body>
<div class="bk-top">⟦m 博闻百科⟧ ⟦m 人人可编辑的知识库⟧ <a>⟦a 登录后参与编辑⟧</a></div>
<div class="bk-tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m （眼镜配件）⟧</div>
<table class="bk-info">
<tr><td>⟦m 中文名：眼镜链⟧</td><td>⟦m 外文名：eyeglass chain⟧</td></tr>
<tr><td>⟦m 类　别：眼镜配件⟧</td><td>⟦m 常见材质：金属、硅胶、串珠⟧</td></tr>
</table>
<div class="bk-toc">⟦l 目录　1 简介　2 类型　3 使用提示⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref">⟦l 参考资料　[1] 眼镜配件选购常识. 配镜月刊　[2] 老年人用眼护理手册⟧</div>
<div class="bk-stat">⟦m 词条浏览 26,309 次　编辑 14 次⟧</div>
<div class="bk-ft">⟦d 词条内容由网友协作编辑，仅供参考，不代表博闻百科立场⟧</div>
</body></html>
""",
        body="""
眼镜链是系在眼镜两侧镜腿末端、可将眼镜挂在胸前的链状配件，常用于老花镜和经常需要摘戴的眼镜。⟦l [1]⟧
类型⟦a [编辑本段]⟧
按材质可分为金属链、硅胶绳、棉绳和串珠链等。金属链较为美观，但重量较大；硅胶绳轻便、耐水，适合日常使用；串珠链装饰性强，牢固程度因做工而异。
使用提示
佩戴时应将套圈套在镜腿末端并收紧，以免眼镜滑脱。运动或骑车时，宜将眼镜链取下或收入衣领内，防止勾挂。⟦l [2]⟧儿童使用眼镜链应选择受力后可自动断开的款式。
""",
    ),
    dict(
        slug="chuzhong-baike-entry-kitchen-foil-missing",
        site="厨众百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.chuzhongbk.example.net/wiki/chufangxizhi",
        title="厨房锡纸",
        record_title=None,
        date=None,
        notes="no record title: the entry's title line; the entry name opens the body (matched as head); "
        "an edit link and a contents line; example dates absent; no date",
        page="""
!m 厨众百科 › 厨具与耗材
{T}
!a 编辑词条　｜　添加义项　｜　纠错
!m 本词条由厨众百科认证编辑 阿灶 审核
!l 目录：1 名称由来　2 用途　3 注意事项
{BODY}
!m 词条统计：浏览 8,764 次　最近更新：3 个月前
!d 百科词条内容仅供参考，如需专业意见请咨询相关人士
""",
        body="""
厨房锡纸，又称铝箔纸，是一种用于烘烤、包裹和保存食物的金属薄片，现在市面上的产品绝大多数以铝为原料。
名称由来
早年的包装箔片曾用锡制成，人们习惯称之为锡纸。后来铝箔价格更低、性能更好，逐渐取代了锡箔，但“锡纸”的叫法一直沿用至今。
用途
常用于烤箱烤制、空气炸锅垫底、包裹食物保温以及冷藏保鲜等。
注意事项
锡纸不宜用于微波炉，以免产生电火花；也不宜长时间接触番茄、柠檬等酸性食物。使用燃气灶时，不应将锡纸直接覆盖在火孔上。
""",
    ),
    dict(
        slug="yunxiu-drive-guide-laundry-spray-pdf-markers",
        site="云岫网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxiu.example.com/s/1qK7zTt0Rp",
        title="洗衣房衣物除味喷雾配制与使用作业指导书",
        record_title="洗衣房衣物除味喷雾配制与使用作业指导书（酒店后勤修订稿）.pdf",
        date=None,
        notes="file-name record title with a revision tag; a share stamp is no date; a cloud-drive preview cut by marker "
        "paragraphs '┇n┇'; VIP prompts, a share-expiry line and a save-to-drive button",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>洗衣房衣物除味喷雾配制与使用作业指导书（酒店后勤修订稿）.pdf_免费高速下载|云岫网盘</title><script>window.yunData={shareid:"1qK7zTt0Rp",uk:20931};</script></head>
<body>
<div class="yx-top">⟦m 云岫网盘⟧ <a>⟦a 登录云岫账号⟧</a></div>
<div class="yx-share"><h2>⟦t 洗衣房衣物除味喷雾配制与使用作业指导书（酒店后勤修订稿）.pdf⟧</h2>
<p>⟦m 分享者：酒店后勤资料库　2025-09-02 14:17 分享　失效时间：永久有效⟧</p>
<p>⟦m 文件大小：1.08MB⟧</p>
<div class="yx-btn">⟦a 转存至我的云岫⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 在线预览仅显示前3页，开通超级会员查看全部⟧</div>
<div class="yx-ft">⟦d 请勿通过云岫网盘分享违法违规内容，发现请举报⟧ ⟦m ©2025 云岫网盘⟧</div>
</body></html>
""",
        p_html='<div class="pv-p">{}</div>',
        pages=dict(fmt="┇{n}┇", every=110, start=2),
        body="""
1 目的
规范洗衣房衣物除味喷雾的配制和使用，保证布草除味效果，防止损伤织物和刺激员工呼吸道。
2 配制
2.1 除味原液与纯净水按1∶20的比例配制，使用量杯计量，不得凭经验估量。
2.2 配制在通风良好的配液间进行，操作人员佩戴口罩和橡胶手套。
2.3 配好的溶液装入专用喷壶，贴上配制日期标签，48小时内用完。
3 使用
3.1 在布草晾干、折叠前喷洒，距离30厘米左右，每件喷3到5下，以表面微湿为宜。
3.2 羊毛、真丝类客衣不得使用本喷雾，应交由干洗组处理。
4 记录
每班次填写《除味喷雾配制使用记录表》，由洗衣房主管每周检查一次。
""",
    ),
    dict(
        slug="yunxiu-drive-plan-pillow-workshop-6s-docx",
        site="云岫网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxiu.example.com/s/8wPq3Lm2Zx",
        title="抱枕缝制车间6S管理推行方案",
        record_title="抱枕缝制车间6S管理推行方案.docx",
        date="2025-04-08",
        notes="file-name record title; a text preview cut by markers '⋴ 第n页 ⋳' on lines of their own; a "
        "share stamp (no date) and the plan's own 成文日期",
        page="""
!m 云岫网盘 · 文件预览
!t 抱枕缝制车间6S管理推行方案.docx
!m 分享于 2 天前　　大小 46.2KB　　提取码已验证
!a 保存到网盘　　下载　　举报
{BODY}
!a 预览仅支持前3页，完整文档请下载后查看
""",
        pages=dict(fmt="⋴ 第{n}页 ⋳", every=90, start=2),
        body="""
为改善抱枕缝制车间现场环境，减少布料浪费和次品，提升生产效率，公司决定在缝制车间推行6S管理，制定本方案。
一、推行范围：裁剪、缝制、充棉、包装四个工段。
二、推行步骤：4月为宣传培训阶段，组织全员学习6S知识；5月为整理整顿阶段，清理车间闲置布料和废旧零件，划定物料区和通道线；6月为检查巩固阶段，每周开展一次6S检查评比。
三、具体要求：裁剪余料按颜色分类入箱，当天清理；缝纫机下班前擦拭干净，针线归位；充棉区地面每两小时清扫一次，防止棉絮堆积引起火灾。
四、考核奖惩：检查结果与班组月度绩效挂钩，连续两次排名末位的班组长作书面检查。
逍川县铰塘家纺有限公司生产部
2025年4月8日
""",
    ),
    dict(
        slug="yingji-snapshot-notice-hammer-stalls",
        site="影迹快照 (invented search-engine cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.yingji.example.com/c?u=cgj.zhuoling.example.gov.cn%2Ftzgg%2F2025%2F0603%2F381.html",
        title="关于规范滨河公园按摩锤体验摊点经营行为的通告",
        record_title="关于规范滨河公园按摩锤体验摊点经营行为的通告 - 斫岭县城市管理局 - 影迹快照",
        date="2025-06-02",
        notes="snapshot frame with a capture banner and highlighted search terms; the bureau's own 举报电话 "
        "in the body beside the cached portal's phone; the cached page's footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范滨河公园按摩锤体验摊点经营行为的通告 - 斫岭县城市管理局 - 影迹快照</title><script>var hl=["按摩锤","摊点"];</script></head>
<body>
<div class="snap-bar">⟦d 这是影迹快照保存的页面副本，当前页面可能已经更新⟧<br>
⟦m 快照抓取于 2025年6月20日 03:41⟧ <a>⟦a 访问当前页面⟧</a><br>
⟦m 以下关键词已高亮：按摩锤 摊点⟧</div>
<div class="snap-page">
<div class="gov-head">⟦m 斫岭县城市管理局⟧</div>
<div class="gov-nav">⟦m 首页 › 通知公告⟧</div>
<h1>{T}</h1>
<div class="gov-info">⟦m 发布时间：2025-06-03　来源：执法大队⟧</div>
{BODY}
<div class="gov-ft">⟦m 斫岭县城市管理局　办公室电话：0745-6211001⟧</div>
</div>
</body></html>
""",
        date_also=["2025-06-03"],
        body="""
近期，滨河公园晨练区出现多个按摩锤“免费体验”摊点，存在占道经营、强行推销、体验后收费等行为，群众反映强烈。为维护公园秩序，保障群众合法权益，现通告如下：
一、自本通告发布之日起，滨河公园内禁止设置按摩锤等器械体验、推销摊点。
二、已设摊点的经营者应于6月10日前自行撤离，逾期不撤离的，依法予以查处。
三、对强行收费、纠缠推销的，市民可拨打举报电话0745-6211233，执法人员将及时处置。
斫岭县城市管理局
2025年6月2日
""",
    ),
    dict(
        slug="cunying-textcache-news-glasses-chains-wrapped",
        site="存影快照 (invented text-only search cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://txt.cunying.example.net/cache?q=jingyuan-xh-0403",
        title="眼镜行业协会走进蜞塘社区为老人加装眼镜链",
        record_title="〔网页文本快照〕眼镜行业协会走进蜞塘社区为老人加装眼镜链",
        date="2025-04-03",
        notes="text-only cache hard-wrapped at 70 columns; the cached page's 发布时间 is the date; a capture "
        "line is no date; a photo caption between paragraphs",
        page="""
!d 存影快照｜纯文本模式：图片与样式均已略去，内容以原网页为准
!m 原网址：http://www.xcyjxh.example.org/news/2025/0403/12.html
!m 抓取时间：2025-04-19 22:10
!m 逍川县眼镜行业协会 > 协会新闻
{T}
!m 发布时间：2025-04-03　作者：协会秘书处
{BODY}
!l 上一篇：协会组织开展配镜质量诚信承诺活动
!m 逍川县眼镜行业协会　联系电话：0913-5145500
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
4月2日至3日，逍川县眼镜行业协会组织6家会员眼镜店的12名验光师，走进蜞塘社区服务站，为辖区高龄老人免费加装眼镜链、清洗调校眼镜。
两天里，共有137位老人前来，大家戴上新加装的硅胶眼镜链，试着把眼镜摘下挂在胸前，又拿起来戴上。83岁的王奶奶说，她的老花镜一年要丢好几回，这下不怕了。
⟦m 图：验光师为老人调整镜腿松紧⟧
协会秘书长齐望川表示，这次活动共送出眼镜链140条，下一步将把服务延伸到铰塘镇等乡镇的养老服务站。
""",
    ),
    dict(
        slug="shanxi-print-bulletin-foil-reuse",
        site="嬗溪县市场监督管理局 (invented portal, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.shanxi-xian.example.gov.cn/print.jsp?id=4502",
        title="关于部分餐饮门店重复使用锡纸问题的通报",
        record_title="«打印视图» 关于部分餐饮门店重复使用锡纸问题的通报｜嬗溪县市场监管局",
        date="2025-08-21",
        notes="print view calling window.print(); a print footer '≀ 第 1 页，共 1 页 ≀' closing it; a "
        "印发 line and a 文号 line (neutral); print/close buttons and the print URL line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>«打印视图» 关于部分餐饮门店重复使用锡纸问题的通报｜嬗溪县市场监管局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〔执行打印〕　〔关闭此窗〕⟧</div>
<div class="pr-head">⟦m 嬗溪县市场监督管理局⟧</div>
<h2>{T}</h2>
<p class="pr-no">嬗市监通〔2025〕21号</p>
{BODY}
<div class="pr-url">⟦m 打印自：http://scjg.shanxi-xian.example.gov.cn/tzgg/2025/0822/4502.html⟧</div>
<div class="pr-foot">⟦p ≀ 第 1 页，共 1 页 ≀⟧</div>
</body></html>
""",
        body="""
各市场监管所：
8月中旬，我局组织对县城餐饮门店开展专项检查，发现有4家烧烤店将锡纸盒洗净后重复使用，有2家门店使用无“食品接触用”标识的散装锡纸。上述行为违反了食品安全有关规定，存在食品安全隐患。
对上述问题，我局已责令相关门店立即整改，并依法立案调查。
各市场监管所要在9月底前对辖区餐饮门店开展一次锡纸使用情况排查，重点检查锡纸来源票据和一次性使用情况，排查结果于10月10日前报局食品安全科。
嬗溪县市场监督管理局
2025年8月21日
印发：各市场监管所，局机关各股室
""",
    ),
    dict(
        slug="cyrmyy-print-request-ward-spray",
        site="徜阳区人民医院办公系统 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="report",
        form="text",
        source="http://oa.cyrmyy.example.local/doc/print?id=QS2025-037",
        title="关于申请购置病区衣物除味喷雾的请示",
        record_title="打印件 ▸ 关于申请购置病区衣物除味喷雾的请示（护理部存档）",
        date="2025-02-27",
        notes="print view of a hospital's request; a print header with the print time (no date), a print "
        "footer '⎷ 1／1 ⎷'; the request's own 联系人/电话 beside the IT line",
        page="""
!m 徜阳区人民医院协同办公系统 — 打印视图
!m 打印人：护理部 沈若蘅　　打印时间：2025-03-04 09:26
{T}
{BODY}
!m 信息科服务电话：8006
!p ⎷ 1／1 ⎷
""",
        indent="\u3000\u3000",
        body="""
医院领导：
老年病科、神经内科长期卧床患者较多，病员服和被褥容易产生异味，部分陪护家属在病区自带香型喷雾喷洒，造成其他患者不适。为改善病区环境，护理部拟统一购置无香型衣物除味喷雾，由护士按规范使用。
一、购置数量：无香型衣物除味喷雾（500毫升）240瓶，供6个病区使用一年。
二、预算金额：约1.2万元，从护理部年度耗材经费中列支。
三、管理措施：喷雾由病区护士长保管，禁止家属自带香型喷雾进入病区。
妥否，请批示。
联系人：沈若蘅　电话：0758-2266235
徜阳区人民医院护理部
2025年2月27日
""",
    ),
    dict(
        slug="zhiyuan-webmail-letter-souvenir-pillows",
        site="纸鸢企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zhiyuanmail.example.com/read?mid=ZY20251021-0088",
        title="关于定制会议纪念抱枕的函",
        record_title="【外来邮件】Fwd: 关于定制会议纪念抱枕的函",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list "
        "beside the bar; the mail's send date differs from the letter's date; the letter's own contact",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>纸鸢企业邮箱 - 读信</title><script src="/webmail/js/read.js"></script></head>
<body>
<div class="mail-top">⟦m 纸鸢企业邮箱⟧ ⟦m sales@jiaotang-jf.example.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="mail-left">⟦m 收件箱(3)　草稿箱　已发送　已删除⟧</div>
<div class="mail-tool">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="mail-head">
<h3>⟦t 【外来邮件】Fwd: 关于定制会议纪念抱枕的函⟧</h3>
<p>⟦m 发件人：办公室 钟清和 &lt;zhongqh@xcwl.example.cn&gt;⟧</p>
<p>⟦m 收件人：sales@jiaotang-jf.example.cn⟧</p>
<p>⟦m 时　间：2025年10月21日（星期二）上午10:05⟧</p>
</div>
<div class="mail-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="mail-att">⟦a 附件（2 个）　定制需求表.xlsx　抱枕图案.jpg　全部下载　预览⟧</div>
<div class="mail-ft">⟦d 此邮件来自外部发件人，请注意识别链接和附件安全⟧</div>
</body></html>
""",
        body="""
逍川县铰塘家纺有限公司：
我公司定于12月上旬召开年度客户答谢会，拟定制一批印有公司标识的纪念抱枕赠送与会客户。现将有关需求函告如下：
一、数量：300个，规格45×45厘米，可拆洗外套，内芯重量不少于500克。
二、图案：正面印公司标识和答谢会主题，背面纯色，具体图案见附件。
三、交货：11月25日前送达我公司，请于10月31日前报价并寄送样品一个。
附件：1.定制需求表　2.抱枕图案
联系人：钟清和　电话：0913-5163208
逍川物流有限公司办公室
2025年10月20日
""",
    ),
    dict(
        slug="forwarded-mail-request-hammers-sanitation-docx",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="请示",
        kind="report",
        form="text",
        source="mailto:forward/zhuoling-hw-20250915",
        title="关于为环卫工人休息点配置按摩锤的请示",
        record_title="转发：关于为环卫工人休息点配置按摩锤的请示.docx",
        date="2025-09-12",
        notes="file-name record title in a forwarded mail; mail headers as chrome (a header 抄送 beside the "
        "request's own 抄送 line); a mail signature and a client line; the send date differs",
        date_also=["2025-09-15"],
        page="""
!m 发件人：斫岭县环卫所 综合股 <zhgu@zlhws.example.cn>
!m 发送时间：2025年9月15日 星期一 16:48
!m 收件人：局办公室 <bgs@zlcgj.example.cn>
!m 抄　送：财务股 <cwg@zlcgj.example.cn>
!t 主题：转发：关于为环卫工人休息点配置按摩锤的请示.docx
!m 附件：关于为环卫工人休息点配置按摩锤的请示.docx（18KB）
!m ------------------ 原始邮件 ------------------
{BODY}
!m --
!m 综合股 俞小川　内线 3102
!a 发自我的手机邮箱客户端
""",
        body="""
县城市管理局：
我所现有一线环卫工人186名，平均年龄56岁，长期弯腰清扫，腰肌劳损、肩颈疼痛的较多。目前全县12个环卫工人休息点只配备了饮水机和微波炉。
为关爱环卫工人身体健康，我所拟在每个休息点配置按摩锤2把、靠背抱枕2个，并张贴按摩锤使用注意事项。共需购置按摩锤24把、抱枕24个，预算约3200元，从我所工会经费中列支。
妥否，请批示。
联系人：俞小川　电话：0745-6219102
斫岭县环境卫生管理所
2025年9月12日
抄送：县总工会
""",
    ),
]
