"""holdout264, part E: residents' sites, trade associations, company sites, training
schools, writing apps and exam forums. Every case written by hand; invented text,
places, people, sites, URLs and phones; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-suxi-notice-free-oil-cans-scan-sign-in",
        site="蔌溪邻里网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.suxi-linli.cn/gonggao/2024/0611/402.html",
        title="蔌溪社区关于免费领取控油壶的通知",
        record_title="【健康小屋】蔌溪社区关于免费领取控油壶的通知 - 蔌溪邻里网",
        date="2024-06-11",
        notes="a residents' site: weather line, a grid member's box with a mobile, property repair and night duty lines beside the community's own 咨询电话; scanning to sign in and following the community account as content; 成文日期 expected",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【健康小屋】蔌溪社区关于免费领取控油壶的通知 - 蔌溪邻里网</title>
<script src="/js/linli.js"></script>
</head><body>
<div class="ll-top">⟦m 蔌溪邻里网⟧　⟦m 今天 6月11日 周二　晴转多云 24～31℃⟧</div>
<div class="ll-nav">⟦m 首页　社区公告　办事指南　邻里互助　志愿服务　物业之窗⟧</div>
<div class="ll-pos">⟦m 首页 » 社区公告⟧</div>
<div class="ll-art">
<h2>{T}</h2>
<div class="ll-meta">⟦m 发布：社区居委会　｜　阅读 468　｜　点赞 37⟧</div>
<div class="ll-con">
{BODY}
</div>
<div class="ll-like">⟦l 👍 点赞　💬 留言（9）　↗ 转发到业主群⟧</div>
</div>
<div class="ll-side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　彭丽娟　139 2716 4408⟧</p></div>
<div class="wy"><h4>⟦m 物业之窗⟧</h4><p>⟦m 物业报修：0756-3387599⟧</p><p>⟦m 夜间值班：0756-3387600⟧</p></div>
</div>
<div class="ll-foot">⟦m 蔌溪社区居民委员会 · 蔌溪邻里网　粤ICP备20061233号⟧</div>
</body></html>
""",
        body="""
各位居民：
为倡导少油健康饮食，蔌溪社区联合甔湖区疾控中心开展“减油行动进社区”活动，为辖区居民免费发放控油壶。现将有关事项通知如下：
一、领取时间：2024年6月15日（周六）9:00—11:30。
二、领取地点：社区党群服务中心一楼健康小屋。
三、领取方式：每户限领一只，请携带户口本或居住证，现场扫码签到后领取。
四、活动现场有区疾控中心营养师讲解控油壶使用方法，并提供免费血压测量。
行动不便的老人，可提前告诉网格员，由志愿者送上门。活动照片和控油小知识将在“蔌溪社区”公众号发布，欢迎居民关注。
社区咨询电话：0756-3387210。
蔌溪社区居民委员会
2024年6月11日
""",
    ),
    dict(
        slug="community-tiquan-pledge-no-spitting-spittoons",
        site="醍泉社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://tiquan.sqfw.cn/news/2024/0321/119.html",
        title="“文明健康 不随地吐痰”倡议书",
        record_title="“文明健康 不随地吐痰”倡议书〔社区倡议〕_醍泉社区服务网",
        date="2024-03-20",
        notes="a residents' site text: a weather line and the property's duty line; a share-the-pledge line glued after a sentence next to a sentence asking residents to share the pledge; signed date in Chinese numerals; the page date differs (also accepted)",
        date_also=["2024-03-21"],
        page="""
!m 醍泉社区服务网
!m 3月21日　小雨　12～17℃　｜　空气质量：良
!m 社区首页 / 通知公告 / 倡议书
!t “文明健康 不随地吐痰”倡议书〔社区倡议〕
!m 发布日期：2024-03-21　　发布人：醍泉社区居委会
{BODY}
!l ↑ 上一条：醍泉社区春季灭鼠活动安排　　↓ 下一条：关于3月下旬小区停水的温馨提示
!m 物业24小时值班：0756-3372019
!m 醍泉社区服务网 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
随地吐痰既不文明，也容易传播结核病、流感等呼吸道疾病。社区老年活动室原来摆放的6个痰盂，已于本月更换为带盖的脚踏式垃圾桶，并配备了纸巾。为共同营造整洁健康的社区环境，社区居委会向大家发出如下倡议：
一、有痰吐在纸巾里，包好后扔进垃圾桶，不随地吐痰。
二、咳嗽、打喷嚏时用纸巾或手肘遮挡口鼻。
三、家中有卧床老人使用痰盂的，要每天清洗消毒，不把痰液倒在楼道、花坛里。
四、看到随地吐痰的行为，友善提醒、文明劝导。
请大家把这份倡议分享给家中老人和孩子，一起养成好习惯。
让我们从自身做起，共建文明健康社区！⟦l 📣 把倡议分享到楼栋群⟧
醍泉社区居民委员会
二〇二四年三月二十日
""",
    ),
    dict(
        slug="association-xuchuan-ceramics-pledge-wine-cup-glaze",
        site="醑川县陶瓷行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="html",
        source="http://www.xcceramics.org.cn/hydt/2024/0311/58.html",
        title="醑川县陶瓷行业协会关于酒盅釉面铅镉溶出自律的倡议",
        record_title="【行业自律·倡议】醑川县陶瓷行业协会关于酒盅釉面铅镉溶出自律的倡议｜醑川陶瓷行业协会官网",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="an association site: member-login row, a member hotline, a join-the-association line; the association's name as the site name is also the signature (matched as head); the page's date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【行业自律·倡议】醑川县陶瓷行业协会关于酒盅釉面铅镉溶出自律的倡议｜醑川陶瓷行业协会官网</title>
<script src="/js/member-login.js"></script>
</head><body>
<div class="xh-top">⟦a 会员单位登录　｜　入会申请⟧</div>
<div class="xh-head">⟦m 醑川县陶瓷行业协会⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　行业动态　会员风采　标准规范　联系我们⟧</div>
<div class="xh-pos">⟦m 您所在的位置：首页 → 行业动态 → 行业自律⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-date">⟦m 2024-03-11　秘书处　浏览次数：316⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-join">⟦a 诚邀县内陶瓷企业加入协会，共守醑川瓷品质 → 在线申请⟧</div>
</div>
<div class="xh-foot">⟦m 会员服务热线：0797-6619003⟧<br>⟦m 协会地址：醑川县陶都大道66号　赣ICP备19004715号⟧</div>
</body></html>
""",
        body="""
全县陶瓷生产企业：
酒盅是直接盛放白酒的日用瓷，釉面铅、镉溶出量一旦超标，长期使用会危害人体健康。今年以来，市场监管部门抽检发现，个别作坊生产的彩绘小酒盅铅溶出量超标。为维护醑川瓷的声誉，协会向全体会员企业倡议：
一、酒盅内壁一律使用无铅釉，彩绘只用于外壁和口沿以下5毫米处。
二、每批酒盅出窑后送检铅、镉溶出量，检验合格方可出厂。
三、不收购、不贴牌销售来路不明的低价酒盅。
四、发现违规生产的，及时向协会和市场监管部门反映。
醑川县陶瓷行业协会
2024年3月8日
""",
    ),
    dict(
        slug="association-shijiang-bamboo-minutes-chopstick-holder-standard",
        site="酾江市竹木制品协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="https://www.sjzmxh.org/hyjy/2024/0826/31.html",
        title="酾江市竹木制品协会三届五次理事会会议纪要",
        date="2024-08-22",
        notes="record title as is; an association's minutes as text: 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives the date; a member-login line and a past-minutes link",
        page="""
!m 酾江市竹木制品协会
!a 会员登录　|　会员服务专区
!m 首页 ＞ 会议纪要
{T}
!m 秘书处　2024-08-26　阅读 141
{BODY}
!l 往期纪要：三届四次理事会会议纪要　｜　2024年会员大会纪要
!m 协会秘书处电话：0756-3380417　　邮箱：sjzmxh@163.com
""",
        indent="\u3000\u3000",
        body="""
时间：2024年8月22日9:00
地点：协会会议室
主持：会长　钱永安
出席：理事17人（应到理事19人）
记录：秘书处　沈佳
会议审议了《竹制沥水筷笼》团体标准（草案）。秘书长汇报了标准起草情况：标准对筷笼的竹材含水率、沥水孔尺寸、防霉处理方法作了规定，明确禁止使用含甲醛的胶粘剂和油漆。
与会理事就防霉处理提出修改意见，建议删去“可使用防霉剂浸泡”的表述，改为高温碳化处理。
会议表决：同意16票，反对0票，弃权1票，通过修改后的标准草案，由秘书处报市市场监管局备案后发布。
会议还决定，10月组织会员企业赴煨塘镇竹编合作社考察学习。
""",
        date_also=["2024-08-26"],
    ),
    dict(
        slug="company-muzhu-news-double-drain-chopstick-holder",
        site="沐竹家居官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.muzhu-home.com/news/company/2024-03-19-87.html",
        title="沐竹家居推出“双层沥水”不锈钢筷笼",
        record_title="品牌资讯 » 沐竹家居推出“双层沥水”不锈钢筷笼 — 沐竹家居官网",
        record_date="2024-03-19",
        date="2024-03-19",
        notes="record date; a company site: cookie notice, a service float, a repeated title glued before the lead's first words (matched as head), a buy-now line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>品牌资讯 » 沐竹家居推出“双层沥水”不锈钢筷笼 — 沐竹家居官网</title>
<script src="/static/js/cookie-bar.js"></script>
</head><body>
<header class="mz-head"><span class="logo">⟦m 沐竹家居⟧</span><nav>⟦m 首页　产品中心　品牌资讯　品牌故事　门店查询⟧</nav><a class="shop">⟦a 官方网店⟧</a></header>
<div class="mz-pos">⟦m 首页 ＞ 品牌资讯⟧</div>
<article class="mz-news">
<h1>{T}</h1>
<p class="mz-date">⟦m 2024-03-19　｜　品牌中心⟧</p>
<div class="mz-con">
{BODY}
</div>
<div class="mz-pn">⟦l 上一篇：沐竹家居入选市级“专精特新”企业名单⟧　⟦l 下一篇：春季厨房收纳新品预告⟧</div>
</article>
<div class="mz-float">⟦w 在线客服　售前咨询请点我⟧</div>
<div class="mz-cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧⟦a 知道了⟧</div>
<footer class="mz-foot">⟦m 酾江沐竹家居用品有限公司　粤ICP备18097342号⟧</footer>
</body></html>
""",
        body="""
⟦t 沐竹家居推出“双层沥水”不锈钢筷笼⟧3月18日，沐竹家居在酾江总部发布新一代“双层沥水”不锈钢筷笼。
这款筷笼采用304不锈钢，分内外两层：内层镂空网格用于插放筷子，外层底部设有可抽出的接水盘，筷子上的水滴落后集中在接水盘中，清洗时只需抽出倒掉即可。
⟦a ▶ 新品已上架，点击进入官方网店抢先购买⟧
研发负责人戴晓宁介绍，团队走访了200多户家庭，发现“底部积水”是用户对筷笼最大的抱怨。新产品经过三轮打样，沥干时间比老款缩短了一半。
新品首批生产3万只，3月下旬起在公司官方网店和各地门店同步上市。
""",
    ),
    dict(
        slug="company-juye-recall-portable-kerosene-stoves",
        site="炬野户外官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.juye-outdoor.com/notice/recall-2024-06.html",
        title="关于召回部分批次户外便携煤油炉的公告",
        record_title="关于召回部分批次户外便携煤油炉的公告 | 炬野户外（官方公告）",
        date="2024-06-28",
        notes="a company's recall as text: batches table one row a paragraph, the recall line beside a 400 order line and an after-sales WeChat; 成文日期 expected",
        page="""
!m 炬野户外 JUYE OUTDOOR
!m 首页　|　露营炊具　|　照明　|　服务支持　|　官方公告
!m 服务支持 > 官方公告
!t 关于召回部分批次户外便携煤油炉的公告 | 炬野户外
!m 2024-06-28　炬野户外客服中心
{BODY}
!m 订购热线：400-678-3119　　售后微信：juye_kefu
!l 更多公告：关于“618”期间发货时效的说明　｜　JY系列炉头适配清单
!m © 2024 酾江炬野户外用品有限公司　粤ICP备21030762号
""",
        indent="\u3000\u3000",
        body="""
因部分户外便携煤油炉的油箱焊缝可能存在渗漏，长时间使用时有引燃风险，本公司决定自2024年7月1日起召回以下批次产品：
型号　生产批次　数量
JY-K2　20231105至20231130　1260台
JY-K2S　20231201至20231215　540台
请购买了上述批次产品的用户立即停止使用，本公司将免费更换新品或全额退款。
办理方式：拨打召回专线0756-3123057，或将产品寄回公司售后中心，运费由本公司承担。
给您带来的不便，我们深表歉意。
酾江炬野户外用品有限公司
2024年6月28日
""",
    ),
    dict(
        slug="training-niyu-brochure-wine-cup-weekend-class",
        site="泥语陶艺工坊 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.niyu-taoyi.com/course/jiuzhong-weekend.html",
        title="手作小酒盅周末体验班招生",
        record_title="【周末陶艺】手作小酒盅周末体验班招生（每期限12人）｜泥语陶艺工坊",
        date=None,
        notes="a training school: a promo banner, a consult float, a trial-lesson line between paragraphs; a course table one row a paragraph; the school's own 报名电话; a 温馨提示 that belongs to the brochure; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周末陶艺】手作小酒盅周末体验班招生（每期限12人）｜泥语陶艺工坊</title>
<script src="/js/zixun.js"></script>
</head><body>
<div class="ny-banner">⟦a 🎉 老学员带新学员，两人同行立减200元！⟧</div>
<div class="ny-head">⟦m 泥语陶艺工坊⟧<span>⟦m 一团泥，慢慢来⟧</span></div>
<div class="ny-nav">⟦m 首页　课程　作品展　师资　学员故事　到店路线⟧</div>
<div class="ny-course">
<h1>{T}</h1>
<div class="ny-tag">⟦m 适合：零基础成人 · 亲子（10岁以上）　｜　已报名 86 人⟧</div>
<div class="ny-desc">
{BODY}
</div>
<div class="ny-btn">⟦a 立即报名　｜　加入心愿单⟧</div>
</div>
<div class="ny-float">⟦w 课程顾问小满在线，点我咨询排课⟧</div>
<div class="ny-foot">⟦m 泥语陶艺工坊　营业时间 10:00-21:00⟧<br>⟦m 浙ICP备22014608号⟧</div>
</body></html>
""",
        body="""
课程简介：本课程面向零基础学员，用两个周末、四次课，带你从揉泥开始，亲手做出一套属于自己的小酒盅。
课程安排：
第一课　揉泥与手捏成型
第二课　拉坯入门：口径5厘米小酒盅
第三课　修坯、刻字与装饰
第四课　施釉，作品入窑烧制
⟦a 不确定适不适合？先约一节39元试听课⟧
课程费用：每人980元，含泥料、釉料和烧制费，每人可带走作品4只。
上课地点：醑川县陶瓷文化园3号楼二层。
报名电话：0797-6645218（周二至周日）。
温馨提示：作品烧制需两周，烧成后可到店自取或快递到家。
""",
    ),
    dict(
        slug="training-weizheng-course-less-oil-cooking",
        site="味正烹饪学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.weizheng-pr.com/gongyi/2024-3.html",
        title="少油也好吃：家庭减油烹饪公益课（第3期）招募中",
        title_also=["少油也好吃：家庭减油烹饪公益课"],
        record_title="少油也好吃：家庭减油烹饪公益课（第3期）招募中 - 味正烹饪学校",
        date=None,
        notes="a cooking school's page as text: the class's own 报名电话 beside a 400 franchise line; a numbered course list without full stops; a giveaway sentence about the oil can as content; no date",
        page="""
!m 味正烹饪学校 · 学厨师，到味正
!m 全国招生热线：400-833-6090　　加盟合作：400-833-6091
!m 首页 > 公益课堂
{T}
!m 浏览 902 次　｜　已报名 9/12
{BODY}
!a 在线报名　　分享给朋友
!l 往期回顾：第2期“少盐也有味”公益课圆满结束
!m 味正烹饪学校甔湖校区　地址：甔湖区迎宾路41号
""",
        indent="\u3000\u3000",
        body="""
你家炒菜是不是总觉得“油少了不香”？味正烹饪学校联合甔湖区疾控中心推出家庭减油烹饪公益课，由中式烹调高级技师现场教学，教你用控油壶做出少油也好吃的家常菜。
课程内容：
1.认识控油壶：每天用多少油才合适
2.少油炒菜的三个窍门：热锅冷油、先煸后炒、出锅淋油
3.现场实操：少油版红烧茄子、蒜蓉西兰花
4.品尝点评与答疑
上课时间：每周六下午2:30—4:30，每期12人。
参加课程的学员每人赠送500毫升控油壶一只。
报名电话：0756-3391806。
""",
    ),
    dict(
        slug="writingapp-bixia-insight-volunteer-spittoons",
        site="笔下生花APP H5 share (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.bixiash.com/share/article?id=6620914&from=wx",
        title="参加爱国卫生志愿服务活动心得体会",
        record_title="参加爱国卫生志愿服务活动心得体会（精品）· 笔下生花APP",
        date=None,
        notes="a writing app's H5 share: an open-app mask, an app fold line between paragraphs, an AI-rewrite button glued after a sentence, a VIP line; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>参加爱国卫生志愿服务活动心得体会（精品）· 笔下生花APP</title>
<script src="https://h5.bixiash.com/js/openapp.js"></script>
</head><body>
<div class="bx-mask">⟦a 在笔下生花APP内打开，阅读更流畅⟧　⟦a 打开⟧</div>
<div class="bx-head">⟦m 笔下生花 · 写材料不再难⟧</div>
<div class="bx-art">
<h1>{T}</h1>
<div class="bx-info">⟦m 心得体会 · 3.1万人读过 · 收藏 1204⟧</div>
<div class="bx-con">
{BODY}
</div>
<div class="bx-vip">⟦a 开通花瓣VIP，全站范文无限复制⟧</div>
<div class="bx-rec"><h4>⟦l 猜你还想写⟧</h4><p>⟦l 志愿服务活动总结（敬老院）⟧</p><p>⟦l 爱国卫生月活动方案⟧</p></div>
</div>
<div class="bx-bottom">⟦a 下载APP　免费领取7天会员⟧</div>
</body></html>
""",
        body="""
上周六，我随单位志愿服务队到薅原乡敬老院参加爱国卫生志愿服务活动。活动内容很普通：擦窗户、清理院落、给老人们换洗床单，还有一项是清洗老人房间里的痰盂。
说实话，第一次端起痰盂的时候，我心里有些发怵。带队的院长说，这些老人大多有慢性支气管炎，痰盂一天不洗，屋里就有味道，老人自己也不好意思。听了这话，我戴好手套，一个一个倒掉、刷净、用消毒液泡好，再擦干放回床边。⟦a ✨AI帮我改写这段⟧
⟦a 打开APP查看剩余40%内容⟧
一位九十岁的老奶奶拉着我的手，一直说“麻烦你们了”。那一刻我明白了，志愿服务不在于做了多大的事，而在于愿不愿意弯下腰去做别人不愿做的小事。
今后我将继续参加志愿服务，把爱国卫生的要求落实到身边的点滴小事中。
""",
    ),
    dict(
        slug="writingapp-gongwen-summary-canteen-chopstick-holders-oneline",
        site="公文小帮手APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gwxbs.cn/s/art/339127",
        title="学校食堂“筷笼改造”工作总结",
        record_title="学校食堂“筷笼改造”工作总结（改改就能用）- 公文小帮手APP",
        date="2024-12-20",
        notes="a writing app's share as text with the whole body on one line; a copy prompt and an open-app line around it; 成文日期 under the signature at the end of the line",
        page="""
!m 公文小帮手 | 你的材料好搭档
!t 学校食堂“筷笼改造”工作总结（改改就能用）
!m 工作总结 · 后勤 · 1,206 字 · 8.6千阅读
!a 一键复制 | 导入我的文档 | 换个写法
{BODY}
!a 打开公文小帮手APP，查看同类范文236篇
!d 范文来源于用户投稿，仅供参考，请勿直接用于正式场合。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年秋季学期，学校食堂以“筷笼改造”为切入点，开展餐具卫生专项提升，取得了明显成效。现总结如下。
一是摸清底数。开学初，后勤处对食堂86个塑料筷笼逐一检查，发现底部积水、霉斑的有31个，当即全部停用。
二是更新设施。投入资金4300元，购置底部镂空的不锈钢筷笼90个，每张餐桌配备一个，挂放在通风处。
三是规范消毒。制定《筷子筷笼清洗消毒流程》，筷子与筷笼每餐清洗、统一入柜消毒，专人填写消毒记录。
四是师生监督。在食堂设立意见箱，学生发现筷笼不洁可随时反映。本学期县市场监管局两次检查，餐具消毒均达标。
燔岭县第三中学后勤处
2024年12月20日
""",
    ),
    dict(
        slug="examforum-dengke-essay-oil-can-health",
        site="登科公考社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.dengke-gk.com/t/450913",
        title="小油壶里的大健康",
        record_title="【申论大作文·习作】小油壶里的大健康｜欢迎拍砖 - 申论批改区 - 登科公考社区",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a rating row, a QQ-group ad, a signature; the essay is the post; 发表于 4 天前 is no date; jammer fonts in the post",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【申论大作文·习作】小油壶里的大健康｜欢迎拍砖 - 申论批改区 - 登科公考社区</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="/static/js/dk-forum.js?v=20241102"></script>
</head><body>
<div class="dk-top">⟦m 登科公考社区⟧　⟦m 一朝登科，不负寒窗⟧　⟦a 登录　注册⟧</div>
<div class="dk-nav">⟦m 首页　行测交流　申论批改区　面试天地　上岸经验⟧</div>
<div class="dk-pos">⟦m 登科公考社区 › 申论批改区 › 正文⟧</div>
<div class="dk-post">
<div class="dk-sub">⟦m 【申论大作文·习作】⟧ <h1>{T}</h1> ⟦m ｜欢迎拍砖⟧</div>
<div class="dk-author">⟦m 楼主：二战不弃　发表于 4 天前　查看 1632　回复 41⟧</div>
<div class="dk-body">
{BODY}
</div>
<div class="dk-hide">⟦a 【本帖含批改版，回复后可见】⟧</div>
<div class="dk-rate">⟦l 评分：+8 论坛币　“立意清楚，分论点可再凝练”⟧</div>
<div class="dk-sign">⟦m ——二战不弃：今年一定上岸⟧</div>
</div>
<div class="dk-qun">⟦w 申论互批QQ群：715430926（备注登科）⟧</div>
<div class="dk-foot">⟦m 登科公考社区　京ICP备20041988号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一只带刻度的控油壶，价格不过几元钱，却承载着“健康中国”的大命题。近年来，不少地方向居民免费发放控油壶，引导群众少吃油、吃好油，这看似小事，实则关系千家万户的健康。
小油壶见证观念之变。过去，人们以“油多菜香”为好，炒菜时大勺舀油；如今，越来越多的家庭开始关注“吃得健康”。观念的转变，离不开持续的健康宣传，也离不开一个个看得见、摸得着的小工具。
小油壶考验治理之细。发放控油壶容易，让群众用起来难。有的地方发完了事，控油壶被当作普通油壶随手添油。基层健康治理要在“发”之后多下功夫，入户指导、跟踪评估，让好政策真正落地。
小油壶连着民生之暖。健康是最大的民生。以小切口推动大改变，正是为民办实事的生动体现。
""",
    ),
    dict(
        slug="examforum-anzhi-interview-wine-cups-dinner-junk",
        site="岸芷公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.anzhigk.com/bbs/thread-227041.html",
        title="单位年终聚餐推行“小酒盅”不劝酒，你怎么组织？",
        record_title="[面试题·计划组织] 单位年终聚餐推行“小酒盅”不劝酒，你怎么组织？（附答题思路）- 结构化面试 - 岸芷公考论坛",
        date=None,
        notes="an exam forum text: junk lines and junk glued after sentences; a poster's answer to an interview question; reply-to-see and course-ad lines; 2 天前 is no date",
        page="""
!m 岸芷公考论坛 › 结构化面试 › 真题研讨
!t [面试题·计划组织] 单位年终聚餐推行“小酒盅”不劝酒，你怎么组织？（附答题思路）
!m 楼主：汀兰上岸　　2 天前　　浏览 3320　　回复 58
{BODY}
!a 本帖隐藏了老师点评，回复本帖即可查看
!w 面试一对一模拟，岸芷名师带练，咨询微信：anzhi_ms01
!l 相似真题：组织单位节约粮食主题活动　｜　推行公筷公勺，同事不配合怎么办
!m 岸芷公考论坛　Powered by Discuz!
""",
        junk=dict(lines=1, glued=3),
        body="""
这是一道计划组织类题目，我的作答如下，请各位指正。
首先，我会向领导了解聚餐的时间、地点、参加人数和经费标准，明确“小酒盅、不劝酒”的具体要求，确保聚餐符合中央八项规定精神。
其次，做好事前准备。一是提前发通知，说明本次聚餐倡导节俭文明，使用小酒盅，不敬酒、不劝酒；二是与餐厅沟通，撤下大酒杯，每桌配小酒盅和公筷；三是准备茶水、果汁，满足不饮酒同事的需要。
再次，做好现场组织。安排专人提醒，对驾车同事提前登记，聚餐后统一安排顺路送返。
最后，做好总结。聚餐结束后收集大家意见，形成文明聚餐的好做法，向领导汇报。
""",
    ),
]
