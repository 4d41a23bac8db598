"""holdout256, part E: residents' community sites, trade associations, company sites, training
schools and 范文 apps (one HTML page and one text page each). Written by hand; everything is
invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-waizi-notice-free-fly-traps-html",
        site="崴子社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.waizishequ.cn/tzgg/2025/0703/96.html",
        title="关于开展夏季灭蝇行动免费发放捕蝇笼的通知",
        record_title="【崴子居委提醒】关于开展夏季灭蝇行动免费发放捕蝇笼的通知 - 崴子社区",
        date="2025-07-03",
        notes=(
            "a residents' site: a weather line, a grid member's box with a mobile and the property company's "
            "repair line next to the community's own 咨询电话; 扫码登记 in the notice is content"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【崴子居委提醒】关于开展夏季灭蝇行动免费发放捕蝇笼的通知 - 崴子社区</title></head><body>
<div class="bar">⟦m 崴子社区网⟧　⟦m 今天 晴 26～34℃ 紫外线强⟧　<a>⟦a 居民登录⟧</a></div>
<div class="nav">⟦m 社区首页　通知公告　办事指南　邻里圈　志愿服务⟧</div>
<div class="loc">⟦m 社区首页 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布人：社区居委会　2025-07-03　围观 417⟧</div>
<div class="content">
{BODY}
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　许丽　136 0730 4418⟧</p></div>
<div class="wy">⟦m 物业报修：0730-8152999（24小时）⟧</div>
<div class="pn">⟦l 前一条：社区老年食堂7月菜单⟧　⟦l 后一条：关于楼道杂物集中清理的通知⟧</div>
<div class="foot">⟦m 崴子社区居民委员会　灏城市灏北区崴子路3号⟧</div>
<script src="https://www.waizishequ.cn/static/weather.js"></script>
</body></html>
""",
        body="""
各位居民朋友：
入夏以来，小区垃圾分类投放点周边苍蝇较多。为改善人居环境，崴子社区联合物业服务中心开展夏季灭蝇行动，为辖区居民免费发放捕蝇笼。现将有关事项通知如下：
一、发放时间：7月6日至7月8日，每天8:30至11:30、15:00至18:00。
二、发放地点：社区党群服务中心一楼便民服务大厅。
三、领取方式：每户限领1只，请携带身份证或户口本，现场扫码登记后领取。行动不便的老人可联系楼栋长代领。
四、使用提示：捕蝇笼请放在室外垃圾桶旁或楼道窗口，诱饵可用发酵的果皮，每三天更换一次。
咨询电话：0730-8152206（社区办公室）
崴子社区居民委员会
2025年7月3日
""",
    ),
    dict(
        slug="community-miaoyun-minutes-rooftop-drying-clips",
        site="缈云社区网 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://www.miaoyunsq.cn/ysjl/2025/0526/31.html",
        title="关于楼顶晾晒区使用管理的居民议事会纪要",
        record_title="〖议事厅〗关于楼顶晾晒区使用管理的居民议事会纪要",
        date="2025-05-24",
        date_also=["2025-05-26"],
        notes="a residents' site text page: minutes with 时间/地点/主持/参会/记录 lines and a show-of-hands count; the page's 发布时间 differs from the meeting date",
        page="""
!m 缈云社区网 · 邻里一家亲
!m 首页 » 居民议事 » 议事记录
{T}
!m 发布：社区居委会　　发布时间：2025-05-26　　浏览：358
{BODY}
!l 邻居们说（6）：楼顶终于有规矩了！｜希望说到做到
!a 登录后才能参与评论
!m 缈云社区居委会　地址：灏城市灏北区缈云路12号
""",
        body="""
时间：2025年5月24日上午9:00
地点：缈云社区居民议事厅
主持：社区党委书记 焦春燕
参会：居民代表、楼栋长、物业公司代表共23人
记录：文小满
会议围绕12栋、13栋楼顶晾晒区使用管理问题进行了协商。居民代表反映，楼顶晾衣绳被个别住户长期占用，晒衣夹、衣架随意丢弃，大风天还发生过晒衣夹被吹落砸到车辆的情况。
经充分讨论，会议形成以下意见：
一、楼顶晾晒区按单元划分区域，每户使用时间不超过两天。
二、物业公司在晾衣绳两端加装防风卡扣，并设置晒衣夹收纳盒，用完统一放回。
三、大风橙色预警期间，楼顶晾晒区暂停使用。
以上意见经举手表决，23人全部同意。
""",
    ),
    dict(
        slug="association-chanyang-pledge-wine-jar-labels-html",
        site="浐阳县酿酒容器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="html",
        source="http://www.cyjrxh.org.cn/xhdt/2025/0228/47.html",
        title="关于规范酒坛标识标注的倡议书",
        record_title="【坛业自律】关于规范酒坛标识标注的倡议书 - 浐阳县酿酒容器行业协会",
        date="2025-02-26",
        date_also=["2025-02-28"],
        notes=(
            "an association site: member login row, the association's name in the header (also the signature: "
            "matched as head), a member hotline; the page's date differs from the 成文日期"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【坛业自律】关于规范酒坛标识标注的倡议书 - 浐阳县酿酒容器行业协会</title></head><body>
<div class="top">⟦a <a>会员登录</a> | <a>会员单位入口</a> | <a>入会须知</a>⟧</div>
<div class="logo">⟦m 浐阳县酿酒容器行业协会⟧</div>
<div class="nav">⟦m 首页　协会简介　协会动态　会员名录　标准规范　联系我们⟧</div>
<div class="crumb">⟦m 首页 → 协会动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 时间：2025-02-28　来源：协会秘书处⟧</div>
{BODY}
<div class="side"><h3>⟦l 协会动态⟧</h3><p>⟦l 协会召开2025年会员大会⟧</p><p>⟦l 浐阳陶坛区域品牌使用办法征求意见⟧</p></div>
<div class="foot">⟦m 会员服务热线：0736-5381100⟧<br>⟦d ©2025 浐阳县酿酒容器行业协会 版权所有⟧</div>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
全县酒坛生产企业、销售商户：
近年来，浐阳酒坛销量逐年增长，但市场上也出现了容量标注不实、釉料来源不明、冒用“浐阳陶坛”名称等问题，损害了消费者权益和行业声誉。为此，本协会向全体会员单位和从业者发出如下倡议：
一、如实标注。每只酒坛在坛底或坛身显著位置标明生产企业、容量、釉料类型和出厂日期，不虚标、不漏标。
二、守住底线。内壁接触酒液的釉料必须使用符合食品接触标准的无铅釉，坚决不用来路不明的低价釉料。
三、共护品牌。未经协会授权，不得在产品上使用“浐阳陶坛”区域品牌标识，发现冒用行为及时向协会举报。
让我们携起手来，用每一只合格的酒坛守护浐阳制造的好名声。
浐阳县酿酒容器行业协会
2025年2月26日
""",
    ),
    dict(
        slug="association-haocheng-notice-padded-jacket-craft",
        site="灏城市服装商会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hcfzsh.org.cn/shdt/2024/1029/58.html",
        title="关于举办传统手工棉袄制作技艺交流会的通知",
        record_title="关于举办传统手工棉袄制作技艺交流会的通知 » 商会动态 » 灏城服装商会",
        date="2024-10-28",
        date_also=["2024-10-29"],
        notes="a chamber's text page: member login row, a service hotline next to the notice's own 联系人/电话/邮箱; 关注 the chamber’s account in the notice is content; the page's time line differs",
        page="""
!m 灏城市服装商会
!a 会员登录　|　入会指南　|　联系我们
!m 首页 » 商会动态 » 通知公告
{T}
!m 发布者：秘书处　　时间：2024-10-29 09:12
{BODY}
!m 商会服务热线：0730-8239000
!d 本网站内容归灏城市服装商会所有，转载请注明出处。
""",
        body="""
各会员单位：
为传承传统手工棉袄制作技艺，促进会员单位交流合作，商会定于2024年11月16日在灏城市非遗展示中心举办传统手工棉袄制作技艺交流会。现将有关事项通知如下：
一、活动内容：非遗传承人现场演示弹棉、絮棉、盘扣等工艺；会员单位展示手工棉袄新品；座谈交流手工棉袄的市场推广。
二、参加人员：各会员单位负责人或技术骨干1至2名。
三、报名方式：请于11月8日前将参会回执发送至商会秘书处邮箱hcfzsh@hcfzsh.org.cn，或关注商会公众号“灏城服装商会”后在线报名。
联系人：商会秘书处 汤晓芸，电话：0730-8239175
灏城市服装商会
2024年10月28日
""",
    ),
    dict(
        slug="company-qihe-news-windproof-clothes-clips-html",
        site="栖禾家居 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qihe-home.cn/news/company/2025-03-18-612.html",
        title="不锈钢防风晒衣夹正式上市",
        record_title="上新播报 ▏不锈钢防风晒衣夹正式上市 - 栖禾家居",
        record_date="2025-03-18",
        date="2025-03-18",
        notes=(
            "a company site: a cookie notice, a service float, an order hotline; the title repeated and glued before "
            "the lead's first words; 扫描二维码 in the news is content"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>上新播报 ▏不锈钢防风晒衣夹正式上市 - 栖禾家居</title>
<script src="/assets/js/app.8c1e.js" defer></script></head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意　我知道了⟧</div>
<header>⟦m 栖禾家居⟧ ⟦m 产品中心　品牌故事　新闻动态　服务支持　联系我们⟧</header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<h1>⟦t 上新播报 ▏不锈钢防风晒衣夹正式上市⟧</h1>
<div class="date">⟦m 2025-03-18　浏览 2041⟧</div>
<div class="article">
{BODY}
</div>
<div class="pager">⟦l 上一篇：栖禾家居亮相华中家居用品博览会⟧ ⟦l 下一篇：春季阳台收纳好物推荐⟧</div>
<div class="service-float">⟦w 在线客服　售前咨询⟧</div>
<footer>⟦m 订购热线：400-772-6180⟧　⟦d Copyright © 2025 栖禾家居有限公司 版权所有⟧</footer>
</body></html>
""",
        body="""
⟦t 不锈钢防风晒衣夹正式上市⟧3月18日，栖禾家居在官网和各大电商平台同步推出新品“不锈钢防风晒衣夹”。
这款晒衣夹采用304不锈钢一体冲压成型，弹簧经过钝化处理，长期户外使用不生锈。夹口内侧增加了硅胶防滑齿，夹持力比普通晒衣夹提高约40%，六级风下衣物不易被吹落。
研发负责人介绍，团队走访了两百多户家庭，发现高层住户最担心晒衣夹被风吹落，因此每只晒衣夹尾部都预留了挂绳孔，可穿绳串联，防止坠落。
新品首批推出20只装和40只装两种规格，消费者可扫描包装盒上的二维码查看使用说明。
""",
    ),
    dict(
        slug="company-fukou-recall-magnetic-curtain-hooks",
        site="郛口精工 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.fukoujinggong.com/news/gg/2024-08-12/209.html",
        title="关于召回部分批次磁吸门帘钩的公告",
        record_title="关于召回部分批次磁吸门帘钩的公告 | 郛口精工",
        date="2024-08-12",
        notes="a company text page: a dotted date line, an order hotline next to the recall's own 召回专线; a batches table whose production dates are not the page's date",
        page="""
!m 郛口精工 · 小五金 大品质
!m 首页　产品中心　新闻动态　服务支持　联系我们
!m 当前位置：首页 > 新闻动态 > 公司公告
{T}
!m 来源：郛口精工　　日期：2024.08.12　　阅读 1320
{BODY}
!m 全国订购热线：400-690-3318
!m 郛口精工五金制品有限公司　崀川县郛口镇工业园8号
!d Copyright © 2025 郛口精工 All Rights Reserved
""",
        body="""
尊敬的用户：
我公司近期在质量回访中发现，部分批次磁吸门帘钩的磁铁底座胶层粘接强度不足，在高温环境下可能出现磁铁脱落，存在夹伤儿童手指、被误吞的风险。为保障用户安全，我公司决定主动召回以下批次产品：
批次号　生产日期　数量（只）
MJ240518　2024年5月18日　8600
MJ240602　2024年6月2日　7400
MJ240619　2024年6月19日　5200
请已购买上述批次产品的用户立即停止使用，并拨打召回专线0739-6870228登记，我公司将免费上门更换新品或全额退款。
郛口精工五金制品有限公司
2024年8月12日
""",
    ),
    dict(
        slug="training-qiaozhen-brochure-padded-jacket-class-html",
        site="巧针学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaozhenxuetang.com/kecheng/mianao-zhoumo.html",
        title="手工棉袄制作周末班招生简章",
        record_title="【冬季开课】手工棉袄制作周末班招生简章（每期满12人开班）｜巧针学堂",
        date=None,
        notes=(
            "a training school: a promo banner, a consult float, a franchise 400 line next to the school's own "
            "报名电话; a numbered course plan; a brochure with no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【冬季开课】手工棉袄制作周末班招生简章（每期满12人开班）｜巧针学堂</title></head><body>
<div class="promo">⟦a 冬季报班立减200元，老学员带新再送盘扣材料包⟧</div>
<div class="hd">⟦m 巧针学堂⟧<span>⟦m 一针一线，把手艺学到手⟧</span></div>
<div class="nav">⟦m 首页　课程中心　师资团队　学员作品　关于我们⟧</div>
<h1>{T}</h1>
<div class="kc">
{BODY}
</div>
<div class="float-zx">⟦w 课程顾问在线　点我咨询⟧</div>
<div class="rel">⟦l 其他课程：盘扣制作体验课 · 旗袍裁剪初级班 · 手工布鞋工作坊⟧</div>
<div class="foot">⟦m 全国加盟热线：400-667-2158⟧　⟦m 巧针学堂（灏城）手工艺培训有限公司⟧</div>
<script src="https://kf.qiaozhenxuetang.com/chat.js"></script>
</body></html>
""",
        body="""
一、课程简介
本课程由灏城市级非遗项目“手工棉袄制作技艺”传承人钱素芬老师亲自授课，从量体、裁剪、絮棉到盘扣、锁边，手把手教学员独立完成一件中式手工棉袄。
二、课程安排
1. 第1-2周：量体与纸样制作，认识棉花、面料和里料。
2. 第3-4周：裁剪与絮棉，掌握铺棉厚薄均匀的手法。
3. 第5-6周：缝制、盘扣与整烫，完成作品。
三、招生对象与费用
年满16周岁、对传统手工感兴趣的学员均可报名，每期限招12人。学费1680元，含全部材料费，作品归学员所有。
四、报名方式
报名电话：0730-8266417（周一至周六9:00-18:00），也可到巧针学堂前台现场报名。
""",
    ),
    dict(
        slug="training-taofang-trainee-notes-jar-sealing",
        site="陶坊学堂 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.taofangxuetang.cn/xueyuan/shouji/38.html",
        title="学做酒坛封泥的三个月",
        record_title="结业学员说 ▸ 学做酒坛封泥的三个月 - 陶坊学堂",
        date=None,
        notes="a training school's trainee page: a trial-lesson prompt between paragraphs, an adviser's WeChat line, more trainee notes; no date",
        page="""
!m 陶坊学堂 · 传统手工艺培训
!m 首页 ＞ 学员风采 ＞ 学员手记
!m 学员：邝雨桐（传统封坛技艺班第6期）
{T}
{BODY}
!w 课程顾问微信：taofang_xt2020（添加请注明“封坛”）
!l 更多学员手记：我在陶坊学拉坯　|　六十岁学陶的乐趣
""",
        body="""
去年秋天，我报名参加了陶坊学堂的传统酒坛封泥技艺班，跟着严师傅学了整整三个月。
刚开始我以为封坛就是糊一层泥，真学起来才知道讲究很多。泥要选河边的黄黏土，掺进稻壳和少量石灰，反复摔打到不粘手；封口前先盖荷叶、再蒙油纸，用麻绳扎紧，最后才一层层抹泥，抹得太厚会开裂，太薄又不透气。
⟦a 想学封坛手艺？点这里约一节免费体验课⟧
前两个月我封的坛子，十只里有六七只裂口。严师傅不急不恼，让我一遍遍拆了重来。到第三个月结业考核，我封的五只酒坛全部通过了七天检漏。
这三个月让我明白，老手艺没有捷径，靠的是手上一遍遍的功夫。
""",
    ),
    dict(
        slug="app-mogeng-report-village-curtain-hook-coop-html",
        site="墨耕文稿 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.mogengwengao.com/share/article/7781520?from=wx",
        title="浞家湾村党支部书记2024年度述职报告",
        record_title="浞家湾村党支部书记2024年度述职报告（村支书通用）- 墨耕文稿App",
        date="2025-01-08",
        notes=(
            "a writing app's H5 share: an open-app mask, a fold, an AI-rewrite button and a members line between "
            "paragraphs; a 述职人 line and the date at the end"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>浞家湾村党支部书记2024年度述职报告（村支书通用）- 墨耕文稿App</title>
<script src="https://h5.mogengwengao.com/static/js/share.js"></script></head><body>
<div class="open-app-mask">⟦a 在墨耕文稿App中打开，免费复制全文⟧ <button>⟦a 打开⟧</button></div>
<div class="app-head">⟦m 墨耕文稿 · 述职报告⟧</div>
<h1 class="title">{T}</h1>
<div class="stat">⟦m 2.3万人阅读　｜　收藏 1107⟧</div>
<div class="article">
{BODY}
</div>
<div class="fold">⟦a 点击展开剩余40%⟧</div>
<div class="ai">⟦a AI一键改写成你们村的版本⟧</div>
<div class="rec"><h3>⟦l 大家还在看⟧</h3><p>⟦l 村委会主任年度述职报告⟧</p><p>⟦l 村级合作社年度工作总结⟧</p></div>
<div class="foot">⟦m 墨耕文稿 © 2025　客服邮箱 kf@mogengwengao.com⟧</div>
</body></html>
""",
        body="""
2024年，我在镇党委的领导下，团结带领村“两委”班子，围绕发展集体经济、改善人居环境两项重点，较好地完成了全年目标任务。现将履职情况报告如下。
一、发展村级集体经济。依托村里铁匠多的传统，牵头成立铁艺门帘钩加工合作社，吸纳42户农户入社，全年加工门帘钩、窗钩等小五金18万套，村集体增收14.6万元。
⟦a 开通墨耕会员，全站范文无限复制⟧
二、改善人居环境。完成村内主干道硬化2.3公里，新建垃圾收集点6处，拆除危旧杂房31间。
三、加强自身建设。坚持“三会一课”制度，全年讲党课4次，发展党员2名。
存在的不足：合作社产品档次不高，电商销售渠道尚未打开。2025年，我将带领合作社注册商标、开设网店，推动门帘钩产业提档升级。
述职人：浞家湾村党支部书记 祁永年
2025年1月8日
""",
    ),
    dict(
        slug="app-mogeng-request-fly-trap-funds-oneline",
        site="墨耕文稿 (invented writing app, text share)",
        style="范文APP",
        genre="请示",
        kind="notice",
        form="text",
        source="https://h5.mogengwengao.com/share/article/7790216",
        title="茌岭县城市管理局关于申请追加捕蝇笼采购经费的请示",
        date="2025-04-21",
        notes="record title as is; an app share page with the body on one line; an open-app prompt, a fold and an AI-rewrite button; the 成文日期 in Chinese numerals",
        page="""
!a 打开墨耕文稿App，阅读体验更佳　[打开]
{T}
!m 墨耕文稿 · 请示范文　　1.8万人看过
{BODY}
!a 展开全文 ∨
!a AI帮我改写成本单位版本
!l 你可能还想看：关于申请环卫车辆购置经费的请示　|　关于追加防汛物资经费的请示
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
县财政局：
为做好今年夏季农贸市场和城区垃圾中转站病媒生物防制工作，巩固国家卫生县城创建成果，我局拟采购不锈钢捕蝇笼1500只，用于城区12个农贸市场和38座垃圾中转站，预计所需经费4.2万元。
因该项经费未列入年初部门预算，特申请县财政予以追加安排。
妥否，请批示。
茌岭县城市管理局
二〇二五年四月二十一日
""",
    ),
]
