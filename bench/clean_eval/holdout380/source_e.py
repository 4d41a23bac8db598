"""holdout380, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text (see ../README.md and ../build.py for the markup). Written by hand for this part.
"""

CASES = [
    # 43 ── 行业协会 · HTML · electric heating film · 倡议书 (association name also the signature)
    dict(
        slug="association-weicheng-electric-heating-pledge",
        site="暐城市电采暖行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.wcdcnxh.example.org.cn/xhdt/2024/0923/215.html",
        title="关于规范电热膜施工、保障用电安全的倡议书",
        record_title="〖电暖同行·自律公约〗关于规范电热膜施工、保障用电安全的倡议书（会员单位请扩散）_暐城市电采暖行业协会",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="association site with a member-login row and a member hotline; the association's name in the "
        "header is also the signature (matched as head); 成文日期 under the signature, the posting date also "
        "accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖电暖同行·自律公约〗关于规范电热膜施工、保障用电安全的倡议书（会员单位请扩散）_暐城市电采暖行业协会</title>
<script src="/static/xh.js"></script>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录　｜　入会申请　｜　会费查询⟧</div>
<div class="xh-head"><b>⟦m 暐城市电采暖行业协会⟧</b> <span>⟦m 服务会员 · 规范行业 · 温暖万家⟧</span></div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 标准规范⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 首页 ＞ 行业自律 ＞ 倡议公告⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 发布日期：2024-09-23　发布人：秘书处　浏览：540⟧</p>
<div class="xh-con">
{BODY}
</div>
<p class="xh-share">⟦l 一键转发到会员群 ｜ 复制本文链接⟧</p>
</div>
<div class="xh-side">
<h4>⟦l 协会动态⟧</h4>
<p>⟦l 协会召开第二届理事会第四次会议⟧</p>
<p>⟦l 电热膜施工员培训班第三期结业⟧</p>
</div>
<div class="xh-foot">⟦m 会员服务热线：0791-8617730　秘书处邮箱：mishuchu@wcdcnxh.example.org.cn⟧<br>⟦m 赣ICP备18006642号⟧</div>
</body>
</html>
""",
        body="""
全市电采暖行业各会员单位、施工企业：
随着清洁取暖工作深入推进，电热膜在我市居民家庭中的应用越来越广。今年以来，全市发生多起因电热膜施工不规范引发的漏电、局部过热事故，给群众生命财产安全带来隐患，也损害了行业声誉。为此，协会向全体会员单位发出如下倡议：
一、持证上岗。电热膜安装人员必须持有效电工作业证书，杜绝无证施工。
二、规范施工。严格按照产品说明和相关技术规程铺设绝缘层、保温层，每户施工完毕必须进行绝缘电阻测试并留存记录。
三、诚信经营。如实向用户说明电热膜功率、耗电量和使用注意事项，不夸大宣传“零电费”“终身免维护”。
四、做好售后。建立用户档案，供暖季前主动上门检查温控器和线路。
让我们携起手来，共同维护行业良好形象，让群众用上安全、放心的电采暖。
暐城市电采暖行业协会
2024年9月20日
""",
    ),
    # 44 ── 行业协会 · text · heated insoles · 会议纪要 (vote count; 时间 line)
    dict(
        slug="association-yuyang-shoes-minutes-insole-standard",
        site="楀阳县鞋业商会 (invented, text capture)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yyxysh.example.cn/shdt/2024-10-29/118.html",
        title="楀阳县鞋业商会电热鞋垫专委会第三次会议纪要",
        record_title="【商会纪要】楀阳县鞋业商会电热鞋垫专委会第三次会议纪要",
        date="2024-10-25",
        date_also=["2024-10-29"],
        notes="chamber site text; the 时间/地点/主持/出席/列席/记录 lines and a vote count kept; the meeting's 时间 "
        "line gives the date, the posting date also accepted",
        page="""
!m 楀阳县鞋业商会　·　会员之家
!a 会员登录　｜　入会须知
!m 首页 > 商会动态 > 会议纪要
{T}
!m 2024-10-29　　秘书处　　阅读 212
{BODY}
!l 往期纪要：专委会第二次会议纪要（2024年7月）
!w 入会咨询：商会秘书处 0797-5541806
!m 楀阳县鞋业商会 版权所有　地址：楀阳县工业园鞋城大道3号
""",
        body="""
时间：2024年10月25日上午9:30
地点：商会二楼会议室
主持：专委会主任　邝国梁
出席：专委会委员单位代表11人
列席：县市场监管局质量股　熊亚楠
记录：商会秘书处　詹晓
会议通报了今年以来电热鞋垫产品抽检情况，讨论了《电热鞋垫团体标准（征求意见稿）》。纪要如下：
一、会议认为，部分企业为压低成本使用无保护板的锂电池，存在鼓包、起火风险，必须在团体标准中明确电池安全要求。
二、会议同意将鞋垫表面最高温度上限定为45摄氏度，并要求产品具备定时自动断电功能。
三、会议对《电热鞋垫团体标准（征求意见稿）》进行表决，应到委员11人，实到11人，同意10票，反对0票，弃权1票，表决通过，报商会理事会审定后发布。
四、秘书处负责于11月中旬前组织会员企业开展一次标准宣贯培训。
""",
    ),
    # 45 ── 企业官网 · text · water softeners · recall notice with batches (recall line beside 400 order line)
    dict(
        slug="company-qingyuan-softener-recall-batches",
        site="清源软水官网 (invented company site, text capture)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.qingyuan-softwater.example.com/news/notice/20240913.html",
        title="暐城清源环保设备有限公司关于召回部分家用软水机的公告",
        record_title="质量召回告知丨暐城清源环保设备有限公司关于召回部分家用软水机的公告 - 清源软水官网",
        date="2024-09-12",
        notes="company site text: a cookie line, a 400 order line and a service float; a batches table one row a "
        "paragraph; the recall line kept beside the order line; 成文日期 under the signature",
        page="""
!d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意。［知道了］
!m 清源软水 · 一家人的好水
!m 首页　产品中心　服务支持　新闻公告　关于清源
!m 订购热线：400-628-7070
!m 首页 / 新闻公告 / 公司公告
{T}
{BODY}
!a 在线客服 ▸ 点击咨询
!l 上一条：清源软水入选省级“专精特新”中小企业名单
!m © 2024 暐城清源环保设备有限公司　赣ICP备16021135号-1
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在质量自查中发现，2024年3月至6月生产的部分QY-R20型家用软水机，因控制阀内一个密封圈材质不达标，长期使用可能出现盐箱溢水现象。为保障用户权益，我公司决定主动召回上述产品。
召回范围如下：
型号　生产批次　数量（台）
QY-R20　20240315至20240428　1862
QY-R20　20240506至20240627　1347
我公司将为召回范围内的用户免费上门更换控制阀组件，并赠送一袋25公斤软水盐。用户可查看机身背面铭牌上的生产批次，确认是否在召回范围内。
召回咨询电话：0791-8569270（每天8:30—20:00）
由此给您带来的不便，我们深表歉意。
暐城清源环保设备有限公司
2024年9月12日
""",
    ),
    # 46 ── 企业官网 · HTML · whiteboard magnets · company news (record date; company short name in body)
    dict(
        slug="company-ciji-safe-magnets-launch",
        site="磁吉文教官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ciji-wenjiao.example.com/news/company/2024-04-22.html",
        title="磁吉推出儿童安全型大尺寸磁钉",
        record_title="磁吉新品 ｜ 磁吉推出儿童安全型大尺寸磁钉 — 磁吉文教",
        record_date="2024-04-22",
        date="2024-04-22",
        notes="company site with a cookie notice, a 400 order line and a service float; the brand's name in the "
        "header also opens a body sentence (matched as head); the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>磁吉新品 ｜ 磁吉推出儿童安全型大尺寸磁钉 — 磁吉文教</title>
<script src="/assets/app.js" defer></script>
</head>
<body>
<div class="cookie">⟦d 我们使用Cookie来记住您的偏好。继续使用本站即视为同意《隐私政策》。 接受⟧</div>
<header><a class="brand">⟦m 磁吉文教⟧</a>
<nav>⟦m 产品 · 解决方案 · 新闻中心 · 经销合作 · 联系我们⟧</nav>
<span class="hot">⟦m 采购热线 400-677-2468⟧</span></header>
<div class="crumbs">⟦m 首页 ＞ 新闻中心 ＞ 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 新闻中心 ｜ 浏览 263⟧</p>
<div class="body">
{BODY}
</div>
<p class="share">⟦l 分享本文：微信 ｜ 微博 ｜ 领英⟧</p>
</article>
<div class="related"><h3>⟦l 相关产品⟧</h3><p>⟦l 磁吉 40mm 硅胶安全磁钉（12颗装）⟧</p><p>⟦l 磁吉 教室白板收纳盒⟧</p></div>
<div class="kefu">⟦a 在线客服 · 获取报价⟧</div>
<footer>⟦m 楀阳磁吉文教用品有限公司　地址：楀阳县工业园创业路18号　赣ICP备22001857号⟧</footer>
</body>
</html>
""",
        body="""
近日，楀阳磁吉文教用品有限公司推出一款面向幼儿园和小学的儿童安全型磁钉。
这款磁钉直径达到40毫米，比常见的小磁钉大出好几倍，孩子无法放入口中；磁体被完全包裹在一体注塑的食品级硅胶外壳内，即使摔在地上也不会崩出磁块。
公司研发部负责人谢雨晨介绍，为了让大尺寸磁钉依然好用，研发团队调整了磁体形状，一颗磁钉能压住6张卡纸，老师单手就能取下。
目前，该产品已通过第三方检测机构的小零件和拉力测试，首批3万颗已发往省内40多所幼儿园。
""",
    ),
    # 47 ── 培训机构 · text · electric heating film · course brochure with a fee table
    dict(
        slug="training-lubantai-heating-film-weekend-class",
        site="鲁班台电工职业培训学校 (invented, text capture)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.lubantai-px.example.cn/zsjz/dianremo.html",
        title="电热膜安装实操周末班招生简章",
        record_title="【冬季开班】电热膜安装实操周末班招生简章（小班实操）- 鲁班台电工职业培训学校",
        date=None,
        notes="training-school text with a promo line, a fee table one row a paragraph, the school's own "
        "报名电话 kept beside a franchise line and a consult float; no date",
        page="""
!m 鲁班台电工职业培训学校　|　学一门手艺，吃一辈子饭
!a ★ 本月报名立减200元，名额有限 ★
!m 首页 > 招生简章 > 电工类
{T}
{BODY}
!w 想开分校？加盟合作热线：400-801-5526
!a 在线咨询　｜　预约试听
!m 鲁班台电工职业培训学校　办学许可证号：教民136112670000412号
""",
        indent="\u3000\u3000",
        body="""
电热膜取暖在城乡推广很快，懂安装、会维修的师傅供不应求。本校开设电热膜安装实操周末班，小班教学，每班不超过12人。
一、培训内容
电热膜取暖原理与选型；保温层、绝缘层铺设工艺；温控器接线与调试；绝缘电阻测试与常见故障排查。
二、课程安排
班次　上课时间　学费
周末一班　每周六全天，共6次　1680元
周末二班　每周日全天，共6次　1680元
三、报名条件：年满18周岁，身体健康，已取得低压电工作业证的优先。
四、学员结业后可报名参加电热膜安装维修工职业技能等级认定。
报名电话：0795-7718826（叶老师）
报名地址：栻川县城北路116号三楼
""",
    ),
    # 48 ── 培训机构 · HTML · voice recorders · course brochure (promo banner, consult float)
    dict(
        slug="training-jishu-shorthand-recorder-course",
        site="疾书速录培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jishusulu.example.com/kecheng/huiyi-jilu.html",
        title="会议速记与录音整理实战班招生简章",
        record_title="〔暑期开课〕会议速记与录音整理实战班招生简章｜疾书速录培训中心",
        date=None,
        notes="training school with a promo banner, a consult float and a trial-lesson line; the centre's own "
        "consult phone in the body; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔暑期开课〕会议速记与录音整理实战班招生简章｜疾书速录培训中心</title>
<script src="/js/zx-float.js"></script>
</head>
<body>
<div class="promo">⟦a 暑期特惠：前30名报名赠送速记键盘指法课⟧</div>
<div class="js-head">⟦m 疾书速录培训中心 · 让记录跟上思路⟧</div>
<ul class="js-nav"><li>⟦m 中心首页⟧</li><li>⟦m 课程设置⟧</li><li>⟦m 师资力量⟧</li><li>⟦m 学员风采⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="js-art">
<h1>{T}</h1>
<div class="js-con">
{BODY}
</div>
<p class="js-try">⟦a 不确定适不适合？先来免费试听一节⟧</p>
</div>
<div class="js-float">⟦w 课程顾问在线 · 微信 jishu_kefu · 点击咨询⟧</div>
<div class="js-foot">⟦m 疾书速录培训中心　地址：楀阳县文华路66号二楼　赣ICP备23004410号⟧</div>
</body>
</html>
""",
        body="""
开会记不全、录音整理慢？本中心开设会议速记与录音整理实战班，帮你快速掌握会议记录的实用技能。
一、适合人群：机关企事业单位文秘人员、记者、在校大学生及有会议记录需求的人员。
二、课程内容：速记符号与简写方法；录音笔的选购与现场摆放技巧；录音转写软件的使用与人工校对；会议纪要的整理规范。
三、上课方式：每周二、四晚上19:00—21:00，共8次课，另安排2次模拟会议实训。
四、学费：1280元，含教材和一支练习用录音笔。
五、报名方式：携带身份证到中心前台报名，或拨打咨询电话0797-5529861。
2人以上同行报名每人优惠100元。
""",
    ),
    # 49 ── 范文APP · HTML · electric heating film · 工作总结 (open-app mask, fold, AI buttons)
    dict(
        slug="writingapp-luobi-summary-street-heating-film",
        site="落笔快写App分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.luobikuaixie.example.com/share/doc?id=zj20241230a71",
        title="樛东街道2024年老旧小区电热膜取暖改造工作总结",
        record_title="樛东街道2024年老旧小区电热膜取暖改造工作总结（街道版·拿来即改）｜落笔快写",
        date="2024-12-27",
        date_also=["2024-12-30"],
        notes="writing app's H5 share with an open-app mask, a fold and AI buttons; an AI-polish button glued "
        "after a sentence; 成文日期 under the signature, the app's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>樛东街道2024年老旧小区电热膜取暖改造工作总结（街道版·拿来即改）｜落笔快写</title>
<script src="https://cdn.luobikuaixie.example.com/h5/share.js"></script>
</head>
<body>
<div class="open-app">⟦a 打开落笔快写App，查看全文并一键生成同类材料⟧</div>
<div class="doc-top"><span>⟦m 落笔快写 · 材料库⟧</span> <span>⟦m 总结汇报 / 街道社区⟧</span></div>
<h1 class="doc-title">{T}</h1>
<p class="doc-meta">⟦m 落笔编辑部　2024-12-30　收藏 1.3万⟧</p>
<div class="doc-main">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 40%（登录后免费）⟧</div>
<div class="ai-bar">⟦a AI续写 ｜ AI换个说法 ｜ 生成PPT⟧</div>
<div class="recommend"><h4>⟦l 同类材料⟧</h4><p>⟦l 社区清洁取暖“回头看”工作汇报⟧</p><p>⟦l 老旧小区改造工作总结（街道版）⟧</p></div>
<div class="ft">⟦d 材料仅供参考，请结合本单位实际修改使用。⟧</div>
</body>
</html>
""",
        body="""
2024年，樛东街道把老旧小区电热膜取暖改造列为为民办实事重点项目，在区住建局、区供电公司的支持下，完成了6个小区1260户的改造任务。现将工作情况总结如下。
一、主要做法
（一）摸清底数。街道组织社区干部和网格员逐户上门，登记住户的取暖方式、入户线路容量和改造意愿，建立一户一档。⟦a ✦AI润色本段⟧
（二）分批施工。按照“先线路、后铺膜”的顺序，先由供电公司完成入户线路增容，再由施工单位分批铺设，每批完工后由街道、社区、居民代表共同验收。
（三）跟踪服务。入冬后组织施工单位开展“回头看”，共处理温控器失灵、局部不热等问题37个。
二、存在的问题
部分老人对温控器操作不熟练，少数楼栋线路老化，增容工作进度偏慢。
三、明年打算
继续推进剩余3个小区的改造，编印图文版使用手册，让每位老人都会用、用得起。
樛东街道办事处
2024年12月27日
""",
    ),
    # 50 ── 范文APP · text · whiteboard magnets · 主持词 (date under the title)
    dict(
        slug="writingapp-wensi-host-script-magnet-art",
        site="文思口袋App（文本分享） (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.wensikoudai.example.cn/s/zcc/8812047",
        title="“小磁钉大创意”亲子磁钉画活动主持词",
        record_title="【园所活动】“小磁钉大创意”亲子磁钉画活动主持词（开场到结束全稿）· 文思口袋",
        date="2024-12-20",
        notes="writing-app text share: a date line under the title (neutral) gives the date; a copy-lock line "
        "between paragraphs; an app fold and a template prompt at the foot",
        page="""
!m 文思口袋 · 串词主持
!a 在App中打开，阅读体验更佳 ›
{T}
（2024年12月20日）
{BODY}
!a 已展示全部内容 · 复制全文需开通口袋会员
!l 你可能需要：幼儿园元旦亲子运动会主持词 / 家长开放日主持稿
!a 用这篇做模板，一键改成我园版本 ›
""",
        body="""
各位家长、亲爱的小朋友们：
大家上午好！欢迎来到樛岭区星河幼儿园“小磁钉大创意”亲子磁钉画活动现场。
今天，我们每个家庭的桌上都有一块小白板和一盒彩色磁钉。小朋友们可以和爸爸妈妈一起，用磁钉拼出小动物、房子、花朵，拼出你们心里最美的画。
⟦a 🔒 本段以下需登录后复制⟧
在活动开始前，老师要请大家记住一个约定：磁钉只能放在白板上，不能放进嘴里、鼻子里，用完要放回盒子里。小朋友们能做到吗？
好，下面我宣布，亲子磁钉画活动现在开始！
感谢各位家长的陪伴！活动结束后，请家长帮助孩子清点磁钉，把盒子交给班级老师。祝大家周末愉快，再见！
""",
    ),
    # 51 ── 公考论坛 · text (junk) · whiteboard magnets · interview answer
    dict(
        slug="examforum-shangan-interview-magnet-swallow-junk",
        site="上岸帮公考论坛 (invented)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="text",
        source="https://bbs.shanganbang.example.com/thread-330817-1-1.html",
        title="学生误吞磁钉家长到校讨说法，你是班主任怎么处理？",
        record_title="【结构化每日一题】学生误吞磁钉家长到校讨说法，你是班主任怎么处理？（附三步作答法）- 教师招聘·面试 - 上岸帮",
        date=None,
        notes="exam-forum post with junk as lines and glued after 。, a reply-to-see prompt, a rating row and a "
        "QQ-group ad; the question line is part of the post; '6 days ago' is no date",
        page="""
!m 上岸帮公考论坛 › 教师招聘·面试 › 结构化练习
!t 【结构化每日一题】学生误吞磁钉家长到校讨说法，你是班主任怎么处理？（附三步作答法）
!m 楼主：备考的小橘子　　6 天前　　查看 2,905　回复 41
{BODY}
!a 本帖隐藏了参考答案，回复后可见
!l 评分：上岸币 +12　　思路清晰
!l 2楼　教招冲冲冲：第三点很加分，有对策
!w 教师招聘·面试互助群 QQ 813306274，每晚八点模拟
!m 上岸帮 · 陪你到上岸那天
""",
        junk=dict(lines=1, glued=3),
        body="""
题目：你班一名学生课间把白板上的磁钉放进嘴里误吞，送医后无大碍，但家长情绪激动，来学校要求追究班主任和学校的责任。作为班主任，你会怎么处理？
我的作答思路如下，请各位研友指点。
首先，稳定家长情绪。我会把家长请到接待室，真诚道歉，表达对孩子的关心，耐心倾听家长的诉求，不推诿、不争辩。
其次，说明情况、积极担当。如实向家长介绍事情经过和送医情况，主动陪同家长带孩子复查，协助学校做好后续沟通。
再次，查找原因、堵住漏洞。向学校建议将教室里的小磁钉更换为安全型大磁钉，由专人保管，每日清点；在班里开展一次防误吞安全教育，并通过家长群提醒家长。
最后，做好跟踪。孩子返校后持续关注其身体和情绪，定期与家长沟通，修复家校关系。
""",
    ),
    # 52 ── 公考论坛 · HTML (jammer fonts) · heated insoles · 申论 essay
    dict(
        slug="examforum-qingyun-essay-insoles-jammer",
        site="青云公考社区 (invented, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://www.qingyungk.example.com/forum.php?mod=viewthread&tid=77158",
        title="一副电热鞋垫里的民生温度",
        record_title="〖申论大作文·每日一练〗一副电热鞋垫里的民生温度 - 申论写作区 - 青云公考社区",
        date=None,
        notes="exam forum with jammer-font junk inside the post, a rating row, a reply-to-see prompt and a QQ "
        "group; 'posted 4 days ago' is no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〖申论大作文·每日一练〗一副电热鞋垫里的民生温度 - 申论写作区 - 青云公考社区</title>
<style>font.jammer{font-size:0;color:#fff}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 青云公考社区 · 申论 · 行测 · 面试⟧ ⟦a 登录青云 · 注册领行测题库⟧</div>
<div id="pt">⟦m 青云公考社区 › 申论写作区 › 每日一练⟧</div>
<table class="plhin">
<tr>
<td class="pls">⟦m 申论小白杨⟧<br>⟦m 积分 1582 · 上岸值 63⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前　｜　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 5 人：申论币 +20　立意准确 / 结构清楚⟧</div>
<div class="locked">⟦a 【批改意见】回复本帖后可查看⟧</div>
<div class="po">⟦a 回复 ｜ 收藏 ｜ 分享⟧</div>
</td>
</tr>
</table>
<div class="ad">⟦w 申论精批群 QQ 552901347，老师每天批改两篇⟧</div>
<div id="ft">⟦m 青云公考社区　湘ICP备19022768号-1⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
寒冬清晨，城市还在沉睡，环卫工人已经握起扫帚。今年入冬，不少地方为他们送上了一副电热鞋垫。一副鞋垫价值不过几十元，却让人真切感受到了民生的温度。
民生温度，体现在对“小切口”的关注上。户外劳动者最怕冻脚，一副鞋垫解决的正是他们最具体、最迫切的难处。为民办事，不一定都是大工程，把群众身边的小事办好，同样是实打实的政绩。
民生温度，更体现在长效机制的建立上。送一次鞋垫容易，年年送、送到位难。有的地方建立户外劳动者服务驿站，提供热水、充电和休息场所，让关爱从“一阵子”变成“一直在”。
民生温度，还体现在细节之中。选购时把好质量关，发放时教会使用方法，才能让好事真正办好。
以人民为中心，就要把群众的冷暖放在心上。当每一份关爱都落到实处，城市的冬天就不会寒冷。
""",
    ),
]
