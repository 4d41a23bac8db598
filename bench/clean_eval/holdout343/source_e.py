"""holdout343, part E: residents' sites, associations, companies, training schools, writing apps. Invented text."""

CASES = [
    dict(
        slug="community-chengyuan-notice-felt-wish-wall",
        site="珵园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chengyuanshequ.cn/gg/2025/0626/215.html",
        title="关于征集儿童之家毛毡板“心愿墙”卡片的通知",
        record_title="〔居委会发布〕关于征集儿童之家毛毡板“心愿墙”卡片的通知（4—12岁小朋友均可参加）｜珵园社区网",
        date="2025-06-26",
        notes="residents' site with a weather line, a grid worker's box and a property repair line beside the community's "
        "own duty phone",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔居委会发布〕关于征集儿童之家毛毡板“心愿墙”卡片的通知（4—12岁小朋友均可参加）｜珵园社区网</title>
</head>
<body>
<div class="sq-top">⟦m 珵园社区网⟧ <span>⟦m 镐北街道珵园社区居民委员会⟧</span> <span>⟦m 今日 晴 24～33℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 首页 · 社区公告 · 便民服务 · 儿童之家 · 志愿者⟧</div>
<div class="sq-pos">⟦m 首页 ＞ 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：社区办公室　浏览 233⟧</p>
<div class="sq-txt">
{BODY}
</div>
<p>⟦l 转发到小区业主群 ｜ 复制链接⟧</p>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　伍小娟　138 0917 6620⟧</p></div>
<div class="sq-wy">⟦m 物业24小时报修：0917-5320999⟧</div>
<div class="sq-foot">⟦m 珵园社区居民委员会　地址：镐北街道珵园路9号⟧ ⟦d 本站信息由社区工作人员维护，如有错漏请及时告知⟧</div>
</body>
</html>
""",
        body="""
各位居民、家长朋友：
为丰富辖区少年儿童的暑期生活，珵园社区儿童之家将在活动室新设一面毛毡板“心愿墙”，现面向辖区4至12岁的小朋友征集心愿卡片。有关事项通知如下：
一、征集内容：小朋友可以把自己的暑期心愿、想对家人说的话或者一幅小画，写在或画在卡片上。
二、卡片要求：卡片统一到社区服务中心领取，大小为10厘米×15厘米，背面已贴好魔术贴，可以直接贴在毛毡板上。
三、征集时间：7月1日至7月20日，每天9:00—17:00。
四、其他事项：心愿墙上的卡片由社区工作人员每周整理一次，能够实现的心愿，社区将联系志愿者和共建单位帮忙实现。
咨询电话：0917-5320417（社区值班室）
镐北街道珵园社区居民委员会
2025年6月26日
""",
    ),
    dict(
        slug="community-yingxili-summary-bag-cover-lending-oneline",
        site="嬴西里社区网 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://yingxili.sqfw.cn/gzzj/46.html",
        title="嬴西里社区“雨天护学岗”书包罩借用点工作总结",
        record_title="【护学岗一周年】嬴西里社区“雨天护学岗”书包罩借用点工作总结_嬴西里社区网",
        date="2025-09-05",
        notes="the whole body on one line, paragraphs separated only by their indent; a volunteer sign-up prompt below",
        page="""
!m 嬴西里社区网　｜　城关镇嬴西里社区居民委员会
!m 首页 > 工作总结 > 正文
{T}
!m 阅读：187　　栏目：工作总结
{BODY}
!a 想加入护学岗志愿者？在社区服务中心一楼登记
!l ◁ 上一篇：嬴西里社区2025年上半年工作总结　　▷ 下一篇：老旧小区雨污分流改造进度通报
!m 社区值班电话：0917-7331206　　物业报修：0917-7331555
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
去年9月，嬴西里社区在辖区两所小学门口设立“雨天护学岗”书包罩借用点，为忘带雨具或书包罩的学生提供临时借用服务。一年来，借用点运行平稳，现将工作情况总结如下。
一、基本情况。借用点共配备反光书包罩300个、儿童雨衣120件，由社区志愿者和家长志愿者轮流值守。全年共开放雨天58个，累计借出书包罩2614人次，归还率达到96%。
二、主要做法。一是建立借用登记制度，学生凭校牌登记借用，第二天交回班主任统一归还。二是定期清洗晾晒，每次雨后由志愿者将归还的书包罩清洗晾干，检查反光条是否完好。三是与学校、交警中队联动，在借用点同步开展雨天交通安全宣传。
三、存在不足。部分学生借用后遗忘归还，小号书包罩数量不足，雨天高峰时段志愿者人手紧张。
四、下一步打算。社区将补充小号书包罩100个，扩充家长志愿者队伍，并探索与辖区商户合作设立更多借用点。
嬴川县城关镇嬴西里社区居民委员会
2025年9月5日
""",
    ),
    dict(
        slug="association-gaoyang-kids-pledge-cup-labels",
        site="镐阳市儿童用品行业协会 (invented association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.gyetyp.org.cn/xhdt/2025/0903/88.html",
        title="关于规范儿童水杯材质标注的倡议书",
        record_title="【水杯标注·自律倡议】关于规范儿童水杯材质标注的倡议书（请会员单位周知）_镐阳市儿童用品行业协会",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="association with a member-login row and a member hotline; its name is also the signature (head match); "
        "posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【水杯标注·自律倡议】关于规范儿童水杯材质标注的倡议书（请会员单位周知）_镐阳市儿童用品行业协会</title>
</head>
<body>
<div class="xh-top"><span>⟦m 镐阳市儿童用品行业协会⟧</span> <span>⟦a 会员单位登录 ｜ 入会申请⟧</span></div>
<div class="xh-nav">⟦m 协会首页　协会动态　行业自律　标准服务　会员风采⟧</div>
<div class="xh-pos">⟦m 您所在的位置：协会首页 › 行业自律⟧</div>
<div class="xh-main">
<h1>{T}</h1>
<p class="xh-date">⟦m 发布日期：2025年9月3日　来源：协会秘书处⟧</p>
<div class="xh-con">
{BODY}
</div>
<p>⟦a 下载倡议书电子版 ｜ 打印⟧</p>
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><ul><li>⟦l 协会组织会员企业赴宁波学习交流⟧</li><li>⟦l 儿童安全座椅质量提升座谈会召开⟧</li></ul></div>
<div class="xh-foot">⟦m 会员服务热线：0917-5160388⟧ ⟦m 协会秘书处地址：镐阳市高新区创业大道66号⟧ ⟦m 陕ICP备20015526号⟧</div>
</body>
</html>
""",
        body="""
⟦a 【一键转给会员单位】⟧全市儿童用品生产、销售企业：
近年来，儿童水杯市场发展很快，但也有个别企业在产品标签上只写“食品级”“安全材质”，不标明具体材料名称；有的吸管杯未标注适用年龄和吸嘴更换周期，给消费者选购和使用带来困扰。为维护行业声誉，保护儿童健康，我会向全市会员单位和儿童用品企业发出如下倡议：
一、如实标注材质。杯身、杯盖、吸嘴、密封圈等与水接触的部件，应分别标注具体材料名称，不使用含糊表述。
二、完整标注信息。产品标签应标明执行标准、适用年龄、容量、使用和清洗方法，吸管杯应提示吸嘴的建议更换周期。
三、严把出厂检验。企业应按标准做好出厂检验，不合格产品一律不得出厂销售。
四、诚信宣传推广。不夸大产品功能，不使用“绝对安全”“永不变质”等绝对化用语。
让我们携起手来，让每一只儿童水杯都经得起家长的检验。
镐阳市儿童用品行业协会
2025年9月1日
""",
    ),
    dict(
        slug="association-gaoyang-stationery-minutes-paint-box-standard",
        site="镐阳市文具行业协会 (invented association)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.gywjxh.org/bzgz/2025/1017/36.html",
        title="《儿童颜料盒》团体标准起草组第二次工作会议纪要",
        date="2025-10-16",
        notes="title as in the record; the minutes' 时间 line is the date; 主持/参会/记录 lines and a vote count",
        page="""
!m 镐阳市文具行业协会
!m 首页 | 协会简介 | 标准工作 | 会员名录 | 联系我们
!a 会员登录　　忘记密码
!m 当前位置：标准工作
{T}
!m 编辑：协会秘书处　　点击：96
{BODY}
!a 下载会议纪要（PDF）
!l 相关：《儿童颜料盒》团体标准立项公告｜起草组第一次工作会议纪要
!m 协会会员服务电话：0917-5117260
""",
        body="""
时间：2025年10月16日上午9:00
地点：镐阳市文具行业协会会议室
主持：伍建平（协会副会长、标准起草组组长）
参会：起草组成员单位代表9人，特邀专家2人
记录：季小雯
会议审议了《儿童颜料盒》团体标准征求意见稿的修改情况，并就下一步工作进行了研究。会议议定事项如下：
一、关于铰链耐久性指标。会议同意将颜料盒盒盖开合试验次数由500次提高到1000次，试验后盒盖不得脱落、断裂。
二、关于小零件要求。适用于6岁以下儿童的颜料盒，调色格、卡扣等可拆卸部件须通过小零件试验，并在包装上作出警示。
三、关于标识要求。颜料盒应标明颜料种类、色数、执行标准和生产企业，水粉颜料应标注“请勿入口”字样。
四、会议对征求意见稿进行了表决：应到成员单位9家，实到9家，同意8家，弃权1家，同意将修改后的文本报协会标准化工作委员会审查。
""",
    ),
    dict(
        slug="company-lege-new-toy-boxes-record-date",
        site="乐格收纳官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.legeshouna.com/news/2025/0918.html",
        title="乐格推出“积木箱”儿童玩具收纳箱：可叠可拼，翻盖缓降防夹手",
        record_title="上新速报 ◇ 乐格推出“积木箱”儿童玩具收纳箱：可叠可拼，翻盖缓降防夹手 —— 乐格收纳",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="company news with a cookie notice, a 400 order line and a service float; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>上新速报 ◇ 乐格推出“积木箱”儿童玩具收纳箱：可叠可拼，翻盖缓降防夹手 —— 乐格收纳</title>
<script src="/js/shop.js"></script>
</head>
<body>
<div class="cookie">⟦d 我们使用 Cookie 改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a>⟦m 乐格收纳⟧</a> <span>⟦m 让家里每样东西都有个位置⟧</span></header>
<nav>⟦m 首页 · 产品中心 · 品牌故事 · 新闻动态 · 门店查询⟧</nav>
<div class="crumb">⟦m 新闻动态 / 品牌新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 乐格收纳品牌部　阅读 1.3万⟧</p>
<div class="body">
{BODY}
</div>
<p class="buy">⟦a 去天猫旗舰店看看 →⟧</p>
</article>
<div class="kf-float">⟦w 在线客服 · 售前咨询⟧</div>
<footer>⟦m 全国订购热线 400-016-8829⟧ ⟦m 镐阳乐格家居用品有限公司　陕ICP备22004761号-1⟧</footer>
</body>
</html>
""",
        body="""
9月18日，乐格收纳推出新一代儿童玩具收纳箱“积木箱”系列。新品采用食品级PP材料，箱体四角全部做了圆角处理，翻盖装有缓降铰链，盖子松手后会慢慢落下，避免夹伤孩子的小手。
“积木箱”系列最大的特点是可叠可拼。每只收纳箱的顶部和侧面都设计了卡槽，既可以上下叠放，也可以左右拼接，组合成适合不同房间的收纳墙。箱体正面留有插卡位，家长可以插入配套的图画标签卡，帮助低龄孩子自己分类收纳。
⟦m 图：“积木箱”三种颜色组合效果⟧
新品有大、中、小三种规格和奶白、薄荷绿、雾粉三种颜色，已通过第三方机构的跌落、耐压和铰链耐久检测。
乐格收纳产品经理表示，团队在研发过程中走访了30多个家庭，发现家长最头疼的不是买不到收纳箱，而是孩子不愿意用。“所以我们把重点放在让孩子自己会用、愿意用上。”她说。
""",
    ),
    dict(
        slug="company-xiaojing-recall-sippy-cups-batches",
        site="小鲸喝水官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.xiaojinghe.com/notice/recall-2025-05.html",
        title="关于主动召回部分批次“小鲸”儿童吸管杯的公告",
        record_title="【召回】关于主动召回部分批次“小鲸”儿童吸管杯的公告（请核对杯底批号）· 小鲸喝水",
        date="2025-05-20",
        notes="recall with a batches table (production dates inside the table are no page date); the recall line beside "
        "a 400 order line; scanning the cup's QR code is content",
        page="""
!m 小鲸喝水　|　儿童饮水好伙伴
!m 首页　产品　门店　公告　关于我们
{T}
!m 公告栏　|　浏览 8,120
{BODY}
!a 在线核对批号 →
!w 购买咨询与订货热线：400-900-3166
!d © 镐阳小鲸儿童用品有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者：
我公司在日常质量抽检中发现，部分批次的“小鲸”儿童吸管杯（容量350毫升）吸嘴内的防漏阀片尺寸偏小，在用力吸咬时存在脱落的可能，可能引起婴幼儿呛咳。为保障儿童使用安全，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号　生产日期
小鲸儿童吸管杯　350毫升　XJ250312　2025年3月12日
小鲸儿童吸管杯　350毫升　XJ250318　2025年3月18日
小鲸儿童吸管杯　350毫升　XJ250402　2025年4月2日
批号印在杯底。消费者可用手机扫描杯底二维码查询是否属于召回范围，也可拨打召回专线核实。
对召回范围内的产品，我公司将免费更换新款吸嘴组件；消费者也可选择退货，我公司将全额退款并承担往返运费。
召回专线：0917-8890312（每天8:00—20:00）
由此给您带来的不便，我们深表歉意。
镐阳小鲸儿童用品有限公司
2025年5月20日
""",
    ),
    dict(
        slug="training-qicailu-brochure-watercolour-paint-box",
        site="七彩鹿少儿美术 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qicailu-art.com/zhaosheng/2025qiu.html",
        title="七彩鹿少儿美术2025年秋季水彩班招生简章",
        record_title="〖秋季开课〗七彩鹿少儿美术2025年秋季水彩班招生简章（6—12岁·小班12人）｜七彩鹿美术",
        date=None,
        notes="training school with a promo banner, a franchise line and a consult float beside the course's own 报名电话; "
        "a course table; scanning to sign up is content; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖秋季开课〗七彩鹿少儿美术2025年秋季水彩班招生简章（6—12岁·小班12人）｜七彩鹿美术</title>
</head>
<body>
<div class="promo">⟦a 新生报名即送试听课1节 + 定制画袋，名额有限⟧</div>
<div class="logo">⟦m 七彩鹿少儿美术⟧ <span>⟦m 用画笔认识世界⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 课程体系⟧</li><li>⟦m 师资团队⟧</li><li>⟦m 学员作品⟧</li><li>⟦m 校区地址⟧</li></ul>
<div class="page">
<h1>{T}</h1>
{BODY}
</div>
<div class="works">⟦l 往期学员作品展 ▸ 点击进入⟧</div>
<div class="consult">⟦w 课程顾问在线，点我聊一聊⟧</div>
<div class="join">⟦w 品牌加盟合作：400-668-0917⟧</div>
<div class="foot">⟦m 七彩鹿（镐阳）文化艺术培训有限公司⟧ ⟦m 镐北校区：镐北街道文昌路27号三楼⟧</div>
</body>
</html>
""",
        body="""
一、招生对象：6至12岁、对绘画感兴趣的小朋友，零基础可报。
二、课程安排
班级　上课时间　课时
水彩启蒙班（6—8岁）　周六9:00—10:30　16课时
水彩提高班（9—12岁）　周六14:00—16:00　16课时
三、学习用品：学员需自备十二色或二十四色固体水彩颜料盒一只，画笔、画纸和调色盘由机构统一提供。第一节课老师会教孩子认识颜料盒，学会洗笔和收纳。
四、收费标准：每期1680元，含教材和画纸费用，不另收费。
五、报名方式：到前台现场报名，或扫描宣传单上的二维码在线报名。
报名电话：0917-5327716（镐北校区）
""",
    ),
    dict(
        slug="training-zhanqu-notice-felt-board-workshop-byline",
        site="毡趣手作学堂 (invented training school)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zhanqu-shouzuo.com/news/2025-10-09.html",
        title="关于举办第二期毛毡板教具制作师资研修班的通知",
        record_title="【师资研修】关于举办第二期毛毡板教具制作师资研修班的通知 - 毡趣手作学堂",
        date="2025-10-09",
        notes="the byline's 发布时间 is the page's date (no date under the notice); the school's contact and mailbox beside a "
        "franchise line",
        page="""
!m 毡趣手作学堂　·　一块毛毡，万种可能
!m 首页 / 学堂公告
!t 【师资研修】关于举办第二期毛毡板教具制作师资研修班的通知
{T}
!m 发布时间：2025-10-09 14:30　　发布人：教务处
{BODY}
!a 📥 报名回执（Word）点此下载
!w 想开一家毡趣手作教室？加盟专线 400-167-0917
!l 往期回顾：第一期研修班学员作品集锦
!m 毡趣手作学堂 版权所有
""",
        body="""
各幼儿园、早教机构：
为帮助幼教老师掌握毛毡板教具的设计与制作方法，毡趣手作学堂将举办第二期毛毡板教具制作师资研修班。有关事项通知如下：
一、研修时间：10月25日至26日，共两天。
二、研修地点：毡趣手作学堂镐北教学点（镐北街道文昌路31号二楼）。
三、研修内容：毛毡材料的选择与裁剪；毛毡故事板、数字板、拼图板的设计制作；毛毡板教具在集体教学和区角活动中的运用；教具的清洁、消毒与保存。
四、收费标准：每人980元，含全部材料费和午餐，结业时每位学员可带走自制教具三套。
五、报名方式：请于10月20日前将报名回执发至邮箱zhanqu_peixun@163.com，名额40人，额满为止。
联系人：伍老师　电话：0917-5336620
""",
    ),
    dict(
        slug="app-gaoduoduo-host-script-bag-covers",
        site="稿多多 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.gaoduoduo.cn/share/fw/3378120?from=wx",
        title="小学“雨天亮起来”书包罩发放仪式主持词",
        record_title="小学“雨天亮起来”书包罩发放仪式主持词（串词全稿·可直接用）｜稿多多",
        date=None,
        notes="writing app H5 share with an open-app mask, a fold, AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>小学“雨天亮起来”书包罩发放仪式主持词（串词全稿·可直接用）｜稿多多</title>
<script src="//h5.gaoduoduo.cn/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 在稿多多App内打开，阅读更顺畅⟧ <a>⟦a 立即打开⟧</a></div>
<div class="app-head">⟦m 稿多多 · 范文⟧ <span>⟦m 主持词 · 校园活动⟧</span></div>
<h1 class="fw-title">{T}</h1>
<div class="fw-meta">⟦m 1.8万人用过　·　收藏 932⟧</div>
<div class="ai-btns">⟦a ✨AI续写　✨AI换风格　✨AI缩写⟧</div>
<div class="fw-body">
{BODY}
</div>
<div class="fold">⟦a 剩余 30% 内容，打开App免费看完⟧</div>
<div class="rec"><h4>⟦l 大家还在用⟧</h4><ul><li>⟦l 开学典礼主持词（小学版）⟧</li><li>⟦l 交通安全主题班会主持稿⟧</li></ul></div>
<div class="app-foot">⟦d 范文来自用户创作与平台整理，仅供参考⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位领导、老师，亲爱的同学们：
大家上午好！
雨季到了，上学路上的安全牵动着每一个家庭的心。今天，我们在这里举行“雨天亮起来”书包罩发放仪式，为全校同学送上一份特别的礼物。
首先，请允许我介绍出席今天仪式的领导和嘉宾：县交警大队宣传科科长任立强同志，镇妇联主席苏美兰同志，以及家长代表。让我们以热烈的掌声表示欢迎！
下面，进行仪式第一项：请任科长为同学们讲解雨天出行安全知识。
感谢任科长的精彩讲解。接下来，进行仪式第二项：请领导和嘉宾为一年级同学代表发放书包罩。⟦a 一键复制本段⟧
下面，进行仪式第三项：请学生代表、三年级二班的伍小禾同学发言。
同学们，一只小小的书包罩，套住的是书本，护住的是平安。希望大家记住今天学到的安全知识，雨天出行走好每一步。
“雨天亮起来”书包罩发放仪式到此结束，请各班有序带回。谢谢大家！
""",
    ),
    dict(
        slug="app-gongwenkuaishou-report-nursery-toy-boxes",
        site="公文快手 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenkuaishou.com/s/8kQ2xL",
        title="2024年度幼儿园保育主任述职报告",
        record_title="2024年度幼儿园保育主任述职报告（保教口·含玩具收纳改造）- 公文快手",
        date="2024-12-26",
        notes="writing app share with an open-app prompt, a fold and an AI-rewrite button; 述职人 and 成文日期 at the end; "
        "'分享于 3 天前' is no date",
        page="""
!a 打开公文快手App，海量范文随手改
!m 公文快手 · 述职报告
{T}
!m 分享于 3 天前　·　2,916 人已阅
!a ［AI一键改写］　［换成第一人称］　［调整字数］
{BODY}
!a 余下 40% 尚未展开，点此继续 ∨
!l 相似范文：幼儿园后勤主任述职报告｜保健医生年度述职
!d 范文仅供参考学习，请勿直接用于正式场合
""",
        indent="\u3000\u3000",
        body="""
各位领导、老师们：
2024年，我担任园保育主任，负责全园保育、卫生保健和玩教具管理工作。现将一年来的履职情况报告如下。
一、抓好卫生消毒。修订了《保育员一日工作流程》，将玩具收纳箱、图书架、桌椅等纳入每日消毒清单，全年卫生保健检查合格率100%。
二、推进玩具收纳改造。针对各班玩具收纳箱破损多、标签乱的问题，牵头更换塑料收纳箱126个，统一制作图文标签，指导各班开展“玩具回家”整理活动，幼儿自主收纳习惯明显改善。
三、加强队伍培训。组织保育员业务培训10次，3名保育员取得保育师四级证书。
四、存在的不足。一是对新入职保育员的跟踪指导还不够；二是小班幼儿自主收纳的引导方法还需丰富。
新的一年，我将继续做好保育工作，为幼儿营造安全、整洁、有序的生活环境。
述职人：苏晓禾
2024年12月26日
""",
    ),
]
