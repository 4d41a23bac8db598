"""holdout283, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text, written by hand."""

CASES = [
    dict(
        slug="community-huangyuan-notice-griddles-tool-house-scan",
        site="瑝园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://huangyuan.weihu-sq.example.cn/gg/2024/0125/88.html",
        title="关于共享工具屋新增电饼铛借用服务的通知",
        record_title="居委会告示 ╱ 关于共享工具屋新增电饼铛借用服务的通知 - 瑝园社区网",
        record_date="2024-01-25",
        date="2024-01-25",
        date_also=["2024-01-24"],
        notes="residents' site: a weather line, a grid member's box and property repair lines beside the notice's "
        "own 咨询电话; 扫描二维码预约 as content; record date (the posting), the 成文日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>居委会告示 ╱ 关于共享工具屋新增电饼铛借用服务的通知 - 瑝园社区网</title>
<script src="/js/sq.js"></script></head><body>
<div class="sq-top">⟦m 瑝园社区网⟧ <span>⟦m 涠湖区瑑安街道瑝园社区居民委员会⟧</span> <span>⟦m 今日 晴 3～12℃ 空气良⟧</span></div>
<ul class="sq-nav"><li>⟦m 首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿者之家⟧</li><li>⟦m 居民议事⟧</li></ul>
<div class="sq-pos">⟦m 首页 » 社区公告 » 居委会告示⟧</div>
<div class="sq-art"><h2>{T}</h2>
<div class="sq-info">⟦m 发布：瑝园社区居委会　浏览 318⟧</div>
<div class="sq-txt">
{BODY}
</div>
<div class="sq-share">⟦l 转到邻里群：微信 · QQ⟧</div></div>
<div class="sq-side"><div class="grid">⟦m 我的网格员：第3网格 范丽萍⟧<br>⟦m 网格员手机：138 7012 6631⟧</div>
<div class="wy">⟦m 物业报修：0870-2145888（瑝园物业服务中心）⟧<br>⟦m 夜间水电急修：0870-2145999⟧</div></div>
<div class="sq-foot">⟦m 瑝园社区党群服务中心　地址：瑑安路300号⟧<br>⟦d 本网信息仅供辖区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
春节将至，不少居民反映家里做年饼、烙春卷缺少合适的炊具。为此，社区共享工具屋新添置了两台大号电饼铛，即日起开放借用。现将有关事项通知如下：
一、借用时间：每天上午9:00至下午5:00，借用期限不超过2天。
二、借用方式：扫描工具屋门口的二维码预约，凭身份证或居住证登记借用，不收取任何费用。
三、使用要求：请按说明书使用，归还前擦拭干净；如有损坏，请及时告知社区，不要自行拆修。
咨询电话：0870-2145530（社区服务站）。
瑝园社区居民委员会
2024年1月24日
""",
    ),
    dict(
        slug="community-qiongyuan-host-script-gaiwan-double-ninth",
        site="璚苑社区 (invented)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.qiongyuansq.example.cn/hd/2024/1011.html",
        title="璚苑社区“盖碗话重阳”老年茶话会主持词",
        record_title="〔活动主持稿〕璚苑社区“盖碗话重阳”老年茶话会主持词 — 璚苑社区",
        date=None,
        notes="residents' site in text: a host script with stage directions; an upload stamp '上传于 4 天前' is "
        "no date",
        page="""
!m 璚苑社区 · 邻里一家亲
!m 首页 ＞ 社区活动 ＞ 活动资料
!t 〔活动主持稿〕璚苑社区“盖碗话重阳”老年茶话会主持词
!m 社区宣传员 上传于 4 天前　阅读 164
{BODY}
!a 下载这份主持稿　　|　　打印
!l 往期活动：“端午香囊”亲子手工会　“中秋月圆”邻里晚会
!m 璚苑社区居委会　服务电话：0870-2147016
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位老人家，亲爱的居民朋友们：
大家上午好！九九重阳，情暖璚苑。今天，我们在社区活动中心举办“盖碗话重阳”老年茶话会，先请大家端起面前的盖碗，闻一闻这碗热茶的香气。
首先，有请社区党委书记钟美华为大家致辞。
（致辞后）谢谢钟书记！接下来，请社区茶艺志愿者为老人们表演盖碗冲泡，大家可以跟着学一学“一揭、二刮、三盖”的喝茶讲究。
（表演后）下面进入“老茶馆的故事”环节，请几位老人家说一说当年在茶馆里的趣事。
茶话会到这里就要结束了。祝各位老人家身体健康、福寿绵长！谢谢大家！
""",
    ),
    dict(
        slug="association-wenju-pledge-sealing-wax-safety-head-match",
        site="潞川市文具礼品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lcwjlp.example.org.cn/xhdt/2024/1106/72.html",
        title="关于火漆文创产品安全生产与规范标注的倡议书",
        record_title="〖会员倡议·火漆专题〗关于火漆文创产品安全生产与规范标注的倡议书 - 潞川文具礼品协会",
        date="2024-11-06",
        notes="association page: its name in the header is also the pledge's signature (matched as head); a "
        "member-login row and a member hotline; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖会员倡议·火漆专题〗关于火漆文创产品安全生产与规范标注的倡议书 - 潞川文具礼品协会</title>
<link rel="stylesheet" href="/css/xh.css"></head><body>
<div class="xh-head"><span class="logo">⟦m 潞川市文具礼品行业协会⟧</span> <span>⟦m 服务会员 · 规范行业 · 促进发展⟧</span></div>
<div class="xh-login">⟦a 会员编号⟧<input> ⟦a 密码⟧<input type="password"> <button>⟦a 会员入口⟧</button> <a>⟦a 申请入会⟧</a></div>
<ul class="xh-nav"><li>⟦m 首页⟧</li><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="xh-pos">⟦m 您的位置：首页 - 协会动态 - 倡议公告⟧</div>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-info">⟦m 发布人：秘书处　点击：427⟧</div>
<div class="xh-body">
{BODY}
</div></div>
<div class="xh-side"><h3>⟦l 协会动态⟧</h3><ul><li>⟦l 协会组织会员赴义乌考察学习⟧</li><li>⟦l 2024年度会员大会顺利召开⟧</li></ul></div>
<div class="xh-foot">⟦m 会员服务专线：0870-2230717⟧　⟦m 地址：潞川市涠湖区瑑安路56号商会大厦8楼⟧<br>⟦m 滇ICP备19002261号⟧</div>
</body></html>
""",
        body="""
全市文具礼品行业各会员单位：
近年来，火漆印章、火漆蜡粒等文创产品销量快速增长，深受青少年喜爱。但市场上也出现了部分产品重金属含量超标、未标注使用警示、配套加热工具无安全认证等问题。为此，协会向全体会员单位发出如下倡议：
一、严把原料关。火漆蜡粒应选用符合学生用品安全标准的原料，不使用含铅颜料。
二、规范标注。产品包装应标明成分、适用年龄和“使用明火或加热工具须成人陪同”等警示语。
三、配套安全。随产品销售的蜡勺、加热炉等工具应具有合格证明。
让我们携起手来，让每一枚火漆印都安全、放心。
潞川市文具礼品行业协会
2024年11月6日
""",
    ),
    dict(
        slug="association-tongqi-minutes-cowbell-standard-vote",
        site="郅岭县铜器工艺协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zltqxh.example.cn/hyjy/2024/0318.html",
        title="郅岭县铜器工艺协会第二届理事会第四次会议纪要",
        date="2024-03-16",
        notes="record title as is; the 时间/地点/主持/出席/列席/记录 lines of minutes and a vote count stay in the "
        "body; the 时间 line gives the date; the association's name in the header is also in the title only",
        page="""
!m 郅岭县铜器工艺协会
!m 传承铜匠手艺 · 擦亮郅岭铜器
!m 首页 > 协会工作 > 会议纪要
{T}
!m 秘书处　　2 天前更新　　阅读 96
{BODY}
!a 会员可下载纪要原件（需登录）
!l 上一篇：第二届理事会第三次会议纪要
!m 协会秘书处电话：0879-6128806　　地址：嶒石镇铜匠街12号
""",
        body="""
时间：2024年3月16日上午9:30
地点：协会会议室（嶒石镇铜匠街12号）
主持：会长　杨铁成
出席：理事15人（应到17人）
列席：监事　苏凤霞
记录：秘书处　马小川
会议审议了《郅岭铜牛铃制作技艺团体标准（征求意见稿）》。与会理事认为，标准对黄铜成分、铃壁厚度和音准检测作出了规定，有利于保护传统技艺、规范市场。
会议以举手方式表决，同意14票，反对0票，弃权1票，审议通过该标准，由秘书处报县市场监管局备案。
会议还研究了参加市非遗博览会的事项，确定由三家会员单位组团参展。
""",
    ),
    dict(
        slug="company-baiyun-news-gaiwan-double-wall-title-glued",
        site="鄗阳白云瓷业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.baiyunciye.example.com/news/gsdt/20240902.html",
        title="白云瓷业推出防烫双层盖碗",
        record_title="公司动态 ╱ 白云瓷业推出防烫双层盖碗 - 鄗阳白云瓷业",
        record_date="2024-09-02",
        date="2024-09-02",
        notes="company site: a cookie notice and a service float; the title repeated and glued before the news "
        "lead; a product-ad line on its own between paragraphs; record date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>公司动态 ╱ 白云瓷业推出防烫双层盖碗 - 鄗阳白云瓷业</title>
<script src="/assets/cookie-consent.js"></script></head><body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 鄗阳白云瓷业⟧</a><nav>⟦m 首页⟧ ⟦m 关于白云⟧ ⟦m 产品中心⟧ ⟦m 公司动态⟧ ⟦m 联系我们⟧</nav></header>
<div class="pos">⟦m 首页 / 公司动态⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024/09/02　来源：品牌部⟧</p>
{BODY}
</article>
<div class="next">⟦l 上一篇：白云瓷业亮相潞川茶博会⟧<br>⟦l 下一篇：柴窑复烧十周年座谈会举行⟧</div>
<div class="kf-float">⟦w 在线客服⟧<br>⟦w 采购热线 400-872-6606⟧</div>
<footer>⟦m 鄗阳白云瓷业有限公司　地址：鄗阳县瓷都大道9号⟧<br>⟦m 滇ICP备18001226号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 白云瓷业推出防烫双层盖碗⟧近日，鄗阳白云瓷业有限公司推出一款防烫双层盖碗。碗身采用内外双层结构，中间留有空腔，注入沸水后外壁温度比普通盖碗低20℃左右。
这款盖碗由公司研发部历时一年研制，先后试烧了七个版本。为了兼顾出汤顺畅，碗沿外撇的角度经过多次调整，杯盖上还加了防滑凸点。
⟦a 新品首发价 168 元/套，点此进入白云瓷业官方商城⟧
公司负责人介绍，新品已通过日用陶瓷质量检验，首批2000套主要供应本地茶馆和茶艺培训机构。
""",
    ),
    dict(
        slug="company-xinzao-recall-griddles-batches-table",
        site="潞川鑫灶厨房设备有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.xinzao-kitchen.example.cn/gonggao/2024-12-02-recall.html",
        title="潞川鑫灶厨房设备有限公司关于召回部分批次家用电饼铛的公告",
        record_title="【产品召回】潞川鑫灶厨房设备有限公司关于召回部分批次家用电饼铛的公告 - 鑫灶厨电官网",
        date="2024-12-02",
        notes="company site in text: a recalled-batches table one row a paragraph; the recall line in the body "
        "beside the site's 400 order line; 成文日期 under the signature",
        page="""
!m 鑫灶厨电 · 好灶好饭
!m 首页 | 产品 | 服务 | 新闻公告 | 联系我们
!t 【产品召回】潞川鑫灶厨房设备有限公司关于召回部分批次家用电饼铛的公告
!m 新闻公告　|　阅读 4,112
{BODY}
!w 产品订购热线：400-870-3388　　经销商加盟：0870-2276000
!m 潞川鑫灶厨房设备有限公司　版权所有
""",
        body="""
因部分批次家用电饼铛的电源线与机身连接处固定不牢，长期弯折可能导致内部导线破损，存在触电隐患，本公司决定自2024年12月5日起召回以下产品：
型号　生产批次　生产日期范围　数量
XZ-B26　2024081　2024年8月1日至8月20日　3260台
XZ-B30　2024083　2024年8月21日至9月10日　1875台
请用户查看机身底部铭牌上的批次号，属于召回范围的，请立即停止使用，并拨打召回专线0870-2276315登记，公司将免费上门更换电源线组件。
由此给您带来的不便，我们深表歉意。
潞川鑫灶厨房设备有限公司
2024年12月2日
""",
    ),
    dict(
        slug="training-moyun-brochure-brush-roll-weekend-class",
        site="墨韵书法学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.moyunshufa.example.cn/zs/2025-spring.html",
        title="2025年春季少儿书法周末班招生简章",
        record_title="【2025春·开班啦】2025年春季少儿书法周末班招生简章（每班限12人）｜墨韵书法学堂",
        date=None,
        notes="training school: a promo banner, a 400 franchise line and a consult float beside the school's own "
        "报名电话 in the body; a brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【2025春·开班啦】2025年春季少儿书法周末班招生简章（每班限12人）｜墨韵书法学堂</title>
<script src="/js/kefu.js"></script></head><body>
<div class="promo">⟦a 早鸟价：2月20日前报名立减200元⟧</div>
<header>⟦m 墨韵书法学堂⟧ <span>⟦m 一笔一画 写好中国字⟧</span> <span>⟦w 全国加盟热线 400-870-9921⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资力量⟧ ⟦m 学员作品⟧ ⟦m 招生报名⟧</nav>
<div class="crumb">⟦m 首页 › 招生报名⟧</div>
<div class="zs"><h1>⟦t 【2025春·开班啦】2025年春季少儿书法周末班招生简章（每班限12人）⟧</h1>
<div class="zs-body">
{BODY}
</div>
<div class="zs-btn"><button>⟦a 立即在线报名⟧</button> <button>⟦a 预约试听⟧</button></div></div>
<div class="teacher">⟦l 名师推荐：沈墨言老师 中国书协会员 从教18年⟧</div>
<div id="kf" style="position:fixed;bottom:0;right:0">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 墨韵书法学堂（涠湖校区）　办学许可证：教民153010200002号⟧<br>⟦m 滇ICP备22003317号⟧</footer>
</body></html>
""",
        body="""
墨韵书法学堂2025年春季少儿书法周末班开始招生，欢迎6至12岁的小朋友报名。
一、班型设置：启蒙班（6至8岁）学习握笔、坐姿和基本笔画；提高班（9至12岁）临习颜体楷书。每班限12人。
二、上课时间：3月1日起每周六或周日上午，每次90分钟，共16次课。
三、学费：每期1280元，含毛毡、字帖和一副竹制笔帘，毛笔由学员自备。
四、报名方式：到学堂前台报名，或拨打报名电话0870-2288516，可预约一次免费试听课。
学堂地址：涠湖区瑑安路88号文化广场二楼。
""",
    ),
    dict(
        slug="training-mingxin-trainee-insight-gaiwan-numbered",
        site="鄗阳茗馨茶艺培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.mingxinchayi.example.com/xyfx/2024/118.html",
        title="茶艺师培训结业心得",
        record_title="〈学员手记〉茶艺师培训结业心得 - 鄗阳茗馨茶艺培训学校",
        date=None,
        notes="training school in text: a trainee's insight with a numbered list; trial-lesson and consult lines "
        "around it; no date",
        page="""
!m 鄗阳茗馨茶艺培训学校
!m 首页　课程　师资　学员手记　联系我们
!t 〈学员手记〉茶艺师培训结业心得
!m 学员：杜若（第17期）　　阅读 233
{BODY}
!a 想体验盖碗冲泡？预约一节免费体验课
!w 招生咨询微信：mingxin_cha17
!l 更多学员手记：从零开始学茶艺｜我的第一次评茶
!m 鄗阳茗馨茶艺培训学校　地址：鄗阳县鄗河南路31号
""",
        body="""
六周的茶艺师培训结束了。从第一次拿盖碗手抖，到能在结业考核中完整泡好一道茶，我有三点体会：
1.基本功要练够。老师要求我们每天空手练盖碗三百次，开始觉得枯燥，后来才明白，手稳了，心才能静。
2.细节决定成败。水温高一度、出汤慢两秒，茶汤的滋味都不一样，每一泡都要用心记下来。
3.茶艺是待客之道。奉茶时茶汤七分满，双手递上，这些礼节比技巧更重要。
感谢各位老师的耐心指导。结业不是结束，我会继续练下去。
""",
    ),
    dict(
        slug="app-wensu-report-vet-station-cowbells-ai-glued",
        site="文速范文App H5分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.wensu-app.example.com/share/art/771920?from=wx",
        title="2024年度乡镇畜牧兽医站站长述职报告",
        record_title="2024年度乡镇畜牧兽医站站长述职报告（基层实用版）· 文速范文App",
        date="2024-12-20",
        notes="writing app H5 share: an open-app mask, a fold, an AI-rewrite button glued after a 。, an app "
        "login line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,user-scalable=no">
<title>2024年度乡镇畜牧兽医站站长述职报告（基层实用版）· 文速范文App</title>
<script src="https://h5.wensu-app.example.com/static/openapp.js"></script></head><body>
<div class="open-mask">⟦a 打开文速App，阅读体验更好⟧ <button>⟦a 立即打开⟧</button></div>
<div class="h5-head">⟦m 文速范文⟧ <span>⟦m 写材料 快人一步⟧</span></div>
<div class="h5-art"><h1>⟦t 2024年度乡镇畜牧兽医站站长述职报告（基层实用版）⟧</h1>
<p class="h5-meta">⟦m 文速精选 · 1.3万人已复制⟧</p>
<div class="h5-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 35%⟧</div>
<div class="h5-ops">⟦a 一键复制⟧ ⟦a 导出Word⟧ ⟦a 换个写法⟧</div>
<div class="h5-login">⟦a 登录文速，每天免费复制 3 篇⟧</div>
<div class="h5-rec"><h3>⟦l 大家还在看⟧</h3><p>⟦l 动物防疫工作总结（乡镇版）⟧</p><p>⟦l 村级防疫员述职报告⟧</p></div></div>
<div class="h5-foot">⟦m 文速范文 © 2024　客服邮箱：help@wensu-app.example.com⟧</div>
</body></html>
""",
        body="""
2024年，在镇党委、政府和县畜牧站的指导下，我带领站里5名同志，围绕动物防疫和牧区防盗两项重点工作，较好地完成了全年任务。现将履职情况报告如下。
一、防疫工作。全年完成牛羊口蹄疫免疫4.6万头（只），免疫密度100%，全镇未发生重大动物疫情。
二、智能牛铃推广。组织逐户登记，为全镇318户牧户的2150头牛佩戴智能牛铃，并培训牧户用手机查看牛群位置。⟦a ✨ 让AI把这一段重写一遍⟧
三、存在不足。部分山区信号盲区尚未覆盖，牛铃电池更换不够及时。
下一步，我将协调通信公司增设基站，建立牛铃巡检台账，让牧户放牧更安心。
述职人：罗建华
2024年12月20日
""",
    ),
    dict(
        slug="app-xiezuomiao-summary-canteen-breakfast-oneline",
        site="写作喵App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuomiao.example.cn/s/9f31aa0c",
        title="学校食堂2024年早餐工作总结",
        record_title="学校食堂2024年早餐工作总结（改改单位名就能交）- 写作喵",
        date="2024-12-27",
        notes="writing app share in text: the whole body on one line; a VIP copy line and an app prompt around it; "
        "成文日期 under the signature",
        page="""
!m 写作喵 · 范文随身带
!t 学校食堂2024年早餐工作总结（改改单位名就能交）
!m 喵编辑 · 4,021 次阅读 · 收藏 212
{BODY}
!a 开通喵VIP，全文复制不限次
!a 在写作喵App内打开，查看同类范文 38 篇
!l 同类：食堂管理员述职报告｜学校后勤年度总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，学校食堂在学校后勤处的领导下，以“让学生吃好每一顿早餐”为目标，不断改进早餐供应工作。
一是丰富早餐品种。新增杂粮煎饼、鸡蛋灌饼等面食，每周早餐品种达到21种，学生满意度由年初的82%提高到93%。
二是更新设备设施。9月份更换4台商用电饼铛，烙饼时间缩短三分之一，高峰时段排队时间由15分钟缩短到6分钟。
三是落实安全责任。严格执行饼铛等设备安全操作规程，全年未发生烫伤和用电安全事故。
2025年，食堂将继续优化早餐结构，做到营养均衡、价格实惠。
菂田镇中心学校食堂
2024年12月27日
""",
    ),
]
