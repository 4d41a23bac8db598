"""holdout321, part E: residents' sites, trade associations, company sites, training schools, writing apps,
and an exam forum.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-qixiang-notice-coaster-class-scan",
        site="沏香社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qixiangsq.cn/hdtz/2024/0508/71.html",
        title="关于举办“杯垫里的茶香”草编手作课的报名通知",
        record_title="【居民活动预告】关于举办“杯垫里的茶香”草编手作课的报名通知 - 沏香社区居民之家",
        date="2024-05-08",
        notes="residents' site: weather line, a grid member's box and a 24-hour property repair line next to the "
        "community's own contact in the body; 扫描二维码报名 as content; a sign-up button glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>【居民活动预告】关于举办“杯垫里的茶香”草编手作课的报名通知 - 沏香社区居民之家</title></head>
<body>
<div class="top">⟦m 沏香社区居民之家⟧ <span>⟦m 5月8日 星期三 晴 18～27℃⟧</span></div>
<div class="nav">⟦m 首页 | 社区公告 | 邻里活动 | 便民服务 | 居民议事⟧</div>
<div class="post">
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　阅读 412⟧</p>
{BODY}
</div>
<div class="grid-box"><h4>⟦m 我的网格⟧</h4><p>⟦m 第三网格　网格员孟丽　13907332071⟧</p></div>
<div class="repair">⟦m 物业报修：0733-6287000（24小时）⟧</div>
<div class="foot">⟦m 饔城区沏河镇沏香社区　版权所有　技术支持：邻安通⟧</div>
<script src="/js/weather.min.js"></script>
<script>loadWeather("yongcheng");</script>
</body>
</html>
""",
        body="""
各位居民朋友：
为丰富辖区居民文化生活，传承沏河草编技艺，沏香社区联合沏河草编合作社举办草编茶杯垫手作课，欢迎大家报名参加。⟦a 我要报名 »⟧
一、时间：5月18日、25日（周六）下午2:30—4:30，共两次课。
二、地点：社区党群服务中心二楼活动室。
三、对象：辖区居民，每期限30人，亲子家庭优先。
四、报名方式：扫描社区公告栏上的二维码报名，或到社区服务大厅登记。材料由合作社免费提供，学员编好的杯垫可以带回家。活动照片将发在社区公众号上，请大家关注“沏香邻里”公众号查看。
联系人：社区文化专干蔡晓雯，电话：0733-6287105。
饔城区沏河镇沏香社区居民委员会
2024年5月8日
""",
    ),
    dict(
        slug="community-hequan-reminder-urinal-waste-stairwell",
        site="阖泉社区网 (invented residents' site, text)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://hequan.hscgjd.cn/gg/2024/0115/12.html",
        title="关于不在楼道和绿化带倾倒夜壶污物的温馨提示",
        date="2024-01-15",
        notes="residents' text page: record title as is; the community's own service phone next to a 24-hour "
        "property line and a grid member's mobile; a numbered list; the date under the committee's name",
        page="""
!m 阖泉社区网 · 阖山县城关街道
!m 今日 阴 -2～5℃　出门注意防滑
!m 首页 > 社区公告
{T}
!m 阖泉社区居委会　阅读 367
{BODY}
!m 物业24小时值班：0735-4168000
!m 本楼栋网格员：尹海燕 13807354421
!l 往期公告：关于开展冬季消防安全大检查的通知
!m 阖泉社区网 · 城关街道办事处指导
""",
        indent="\u3000\u3000",
        body="""
各位居民：
近期，有居民反映4栋、7栋楼道和小区绿化带常有倾倒夜壶污物的痕迹，气味刺鼻，天冷结冰后还容易让老人滑倒。
社区理解家中有老人、病人需要使用夜壶的难处，但污物随意倾倒既不卫生，也影响邻里关系。请大家做到：
1. 夜壶污物倒入自家马桶，冲水后再清洗夜壶。
2. 清洗夜壶的污水不要倒在楼道、花坛和雨水井里。
3. 家中老人行动不便、需要帮助的，可以联系社区，我们将安排志愿者上门了解情况。
社区服务电话：0735-4168822（工作日）。
感谢大家的理解和配合！
阖山县城关街道阖泉社区居委会
2024年1月15日
""",
    ),
    dict(
        slug="assoc-ganchuan-bamboo-minutes-standard-vote",
        site="泔川县竹木制品行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://www.gczmxh.org.cn/hwgg/2024/0527/36.html",
        title="泔川县竹木制品行业协会第三届理事会第二次会议纪要",
        record_title="〔理事会专栏〕泔川县竹木制品行业协会第三届理事会第二次会议纪要｜泔川竹木协会",
        date="2024-05-22",
        date_also=["2024-05-27"],
        notes="association site: member login and member hotline; the minutes' 时间/地点/主持/出席/列席/记录 lines and "
        "a vote count in the body; the meeting date from the 时间 line, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>〔理事会专栏〕泔川县竹木制品行业协会第三届理事会第二次会议纪要｜泔川竹木协会</title></head>
<body>
<div class="hd">⟦m 泔川竹木协会⟧ <span>⟦m 以竹为业　以信立会⟧</span> <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="nav">⟦m 首页　协会概况　会务公告　行业资讯　会员风采⟧</div>
<div class="bread">⟦m 首页 » 会务公告⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 发布日期：2024-05-27　来源：秘书处　点击：198⟧</p>
{BODY}
<p class="more"><a>⟦l 往期纪要：第三届理事会第一次会议纪要⟧</a></p>
</div>
<div class="foot">⟦m 会员服务热线：0734-5586600⟧ ⟦m 地址：泔川县晌水镇竹产业园综合楼3楼⟧</div>
<script src="/js/member-login.js"></script>
</body>
</html>
""",
        body="""
时间：2024年5月22日上午9:00
地点：晌水镇竹产业园会议室
主持：协会会长魏国平
出席：理事单位代表17人
列席：县林业局产业股詹立新
记录：协会秘书处冯洁
会议审议并通过以下事项：
一、通过《竹筷筒团体标准（征求意见稿）》，对竹龄、碳化温度和底部沥水孔径作出规定。表决结果：同意16票，反对0票，弃权1票。
二、同意设立竹制餐具质量互检小组，由5家理事单位轮值，每季度抽检会员产品一次。
三、决定9月组织会员单位参加省竹产业博览会，展位费由协会承担一半。
会后，与会理事参观了园区新建的竹筷筒碳化生产线。
""",
    ),
    dict(
        slug="assoc-paoyang-noodle-pledge-food-grade-basins",
        site="庖阳县面食行业协会 (invented association site, text)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.pymsxh.com/zl/2024/1016.html",
        title="关于规范使用食品级和面盆的倡议书",
        record_title="【面食人倡议】关于规范使用食品级和面盆的倡议书（面食店主请转告）- 庖阳面食协会",
        date="2024-10-16",
        notes="association text page: the association's name at the top is also the signature (matched as head); "
        "分享 as content; member count and secretariat phone",
        page="""
!m 庖阳县面食行业协会
!m 会员单位 126 家　|　会员登录　|　入会指南
!m 首页 > 行业自律
{T}
!m 发布：协会秘书处　阅读 733
{BODY}
!l 相关阅读：面食小作坊卫生自查清单
!m 协会秘书处：0739-8830522　地址：庖阳县新华路120号
""",
        indent="\u3000\u3000",
        body="""
全县各面食店、早餐店、馒头作坊：
和面盆天天跟面团打交道，它干不干净、安不安全，直接关系到顾客吃进嘴里的每一个包子、每一碗面。为此，庖阳县面食行业协会向全体会员和同行发出倡议：
一、使用有食品接触用标识的不锈钢或食品级塑料和面盆，不用油漆桶、化工桶改制的盆。
二、搪瓷盆掉瓷、塑料盆开裂的，立即停用。
三、和面盆做到当天用、当天洗、当天消毒，不让面垢过夜。
四、欢迎各店把和面盆清洗过程拍成短视频，分享到协会群里，互相学习。
一只干净的和面盆，是对顾客最朴素的承诺。让我们从今天做起！
庖阳县面食行业协会
2024年10月16日
""",
    ),
    dict(
        slug="company-nuancheng-news-biodegradable-lunch-bag",
        site="暖橙包袋 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nuancheng-bags.com/news/2024/0912.html",
        title="暖橙推出可降解保温饭包，外层改用玉米纤维面料",
        record_title="暖橙推出可降解保温饭包，外层改用玉米纤维面料｜企业新闻｜暖橙包袋",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="company site: cookie notice, service float and an order hotline; a dotted company date; a video "
        "link glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>暖橙推出可降解保温饭包，外层改用玉米纤维面料｜企业新闻｜暖橙包袋</title>
<script src="/assets/cookie-consent.js"></script></head>
<body>
<div class="cookie">⟦d 本网站使用 Cookie 改善浏览体验，继续浏览即视为同意。⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 暖橙包袋⟧ <span>⟦m 让每一顿饭都暖暖的⟧</span></header>
<nav>⟦m 首页　产品中心　企业新闻　代工合作　联系我们⟧</nav>
<section class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 2024.09.12 | 企业新闻⟧</p>
{BODY}
<p class="back">⟦a ← 返回新闻列表⟧</p>
</section>
<div class="kefu">⟦w 在线客服 9:00-21:00⟧</div>
<footer><p>⟦m 订购热线 400-887-3190⟧</p><p>⟦m 酽川市暖橙包袋有限公司　湘ICP备20031177号⟧</p></footer>
</body>
</html>
""",
        body="""
9月10日，暖橙包袋在酽川总部发布新款“禾暖”系列保温饭包。与以往产品相比，新饭包外层面料由涤纶改为玉米纤维，内衬采用食品级铝箔复合膜，在自然环境中可逐步降解。⟦a ▶ 点击观看发布会视频⟧
据公司研发部负责人韦晓峰介绍，经第三方机构测试，新饭包装入60℃热饭后，4小时内饭菜温度不低于45℃，保温效果与原产品持平。
“很多上班族和学生每天带饭，饭包一用就是几年，我们希望它用完以后也不给环境添负担。”暖橙总经理姚建平说，新品首批生产5万只，将通过线上旗舰店和酽川各大商超销售。
""",
    ),
    dict(
        slug="company-suqi-recall-silicone-coasters-batches",
        site="素器家居 (invented company site, text)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.suqi-home.cn/brand/notice/2024-08-02.html",
        title="关于召回部分批次硅胶茶杯垫的公告",
        date="2024-08-02",
        notes="company text page: record title as is; recalled batches one row a paragraph with production dates in "
        "the cells; the recall line next to the shop's 400 order line; the 成文日期 under the company's name",
        page="""
!m 素器家居 · 官方网站
!m 首页 / 品牌动态 / 公告
{T}
!m 素器家居　2024-08-02
{BODY}
!m 商城订购：400-655-8126
!d 本站使用 Cookie 记录浏览偏好，可在浏览器设置中关闭。
!m © 酽川市素器家居用品有限公司
""",
        body="""
尊敬的消费者：
经我公司自查，2024年5月至6月生产的部分批次硅胶茶杯垫，在高温下可能有轻微异味。虽经检测各项指标符合食品接触材料标准，但为对消费者负责，公司决定主动召回以下批次产品：
批次号　颜色　生产日期
SC240512　墨绿　2024年5月12日
SC240603　米白　2024年6月3日
SC240618　藕粉　2024年6月18日
批次号印在包装盒底部。购买了上述批次产品的消费者，可凭包装盒或购物凭证到原购买门店办理退货；网上购买的请联系召回专线，我们将安排免费上门取件并全额退款。
召回专线：0733-6602118（每天9:00—18:00）
酽川市素器家居用品有限公司
2024年8月2日
""",
    ),
    dict(
        slug="school-weidao-brochure-pastry-weekend-class",
        site="味道烹饪学校 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.weidaopr.com/zhaosheng/mdzmb.html",
        title="面点师周末班招生简章",
        record_title="【周末班报名中】面点师周末班招生简章（学费可分期）｜味道烹饪学校",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 line next to the school's own 报名电话; a "
        "brochure with no date (an update stamp only)",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【周末班报名中】面点师周末班招生简章（学费可分期）｜味道烹饪学校</title></head>
<body>
<div class="promo">⟦a 秋季特惠：两人同报立减300元，名额有限⟧</div>
<div class="hd">⟦m 味道烹饪学校⟧ <span>⟦m 学厨艺　找味道⟧</span> <span>⟦m 全国招生热线：400-118-6620⟧</span></div>
<div class="nav">⟦m 首页　热门专业　招生简章　学员就业　校园环境⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="meta">⟦m 更新于 2 周前　浏览 5,120⟧</p>
{BODY}
<p class="btns"><a>⟦a 在线报名⟧</a> <a>⟦a 预约参观⟧</a></p>
</div>
<div class="float-consult">⟦w 在线咨询　免费试听一节课⟧</div>
<div class="foot">⟦m 庖阳县味道职业技能培训学校　办学许可证号 431123xxxx⟧</div>
<script src="//chat.weidaopr.com/consult.js?site=wd01"></script>
</body>
</html>
""",
        body="""
一、培训对象：年满16周岁、身体健康、有志从事面点工作的人员，零基础可学。
二、培训内容：和面、发面、揉面基本功，馒头、花卷、包子、饺子、烧麦等20个品种，以及面点间卫生规范。每位学员配一只不锈钢和面盆、一套案板工具，课后可带回家练习。
三、上课时间：每周六、周日全天，共8周。
四、培训费用：2800元（含材料费），可分两期缴纳。结业考核合格的，颁发结业证书，并推荐参加中式面点师职业技能等级认定。
五、报名地址：庖阳县新华路88号味道烹饪学校一楼招生办。
报名电话：0739-8826615（刘老师）
""",
    ),
    dict(
        slug="school-shangshui-trainee-first-chopstick-holder-oneline",
        site="晌水竹艺学堂 (invented training school, text)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="http://www.ssguzhuyi.com/xueyuan/xinde/0519.html",
        title="我做的第一只竹筷筒",
        record_title="学员作品｜我做的第一只竹筷筒（竹编技艺培训班第5期）- 晌水竹艺学堂",
        date=None,
        notes="training school text: the whole piece on one line; a trainee's essay with no date; trial-lesson "
        "and timetable links",
        page="""
!m 晌水竹艺学堂 · 学员风采
!a 试听课预约 | 课程表 | 学员作品
{T}
!m 第5期学员　邢小满
{BODY}
!l 更多学员心得 >>
!m 报名咨询：0734-5531620　地址：泔川县晌水镇竹产业园东门
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
来竹艺学堂之前，我连篾刀都没摸过。第一天老师让我们劈篾，我劈了一上午，不是断了就是厚薄不匀，手上还扎了两根竹刺。
第三天开始做竹筷筒。老师说筷筒最考基本功：筒身要圆，接缝要严，底部的沥水孔要打得匀，不然筷子插进去会歪。我做了三只，第一只接缝漏光，第二只孔打偏了，第三只总算像个样子。
结业那天，老师在我那只筷筒底下刻了“合格”两个字。我把它带回家，挂在厨房里。我妈说，这是家里最贵的一只筷筒，花了三千块学费。
下个月我想报进阶班，学编竹篮。
""",
    ),
    dict(
        slug="app-bixia-host-script-lunch-bag-launch",
        site="笔下生花App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiashenghua.com/share/doc?id=ab81f2c9",
        title="“爱心饭包”志愿服务项目启动仪式主持词",
        record_title="“爱心饭包”志愿服务项目启动仪式主持词（换个名字直接念）｜笔下生花App",
        date=None,
        notes="writing-app H5 share: an open-app mask, AI buttons, a fold; a replace-names button glued after a "
        "sentence; a host script with no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>“爱心饭包”志愿服务项目启动仪式主持词（换个名字直接念）｜笔下生花App</title></head>
<body>
<div class="app-mask">⟦a 打开笔下生花App，新用户送3篇原创额度⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bar">⟦m 笔下生花⟧ <span>⟦m 1.8万人用过此模板⟧</span></div>
<h1>{T}</h1>
<div class="ai"><button>⟦a AI帮我续写⟧</button><button>⟦a AI换个说法⟧</button></div>
<div class="doc">
{BODY}
</div>
<div class="fold">⟦a 点开看余下的部分⟧</div>
<div class="rec"><h3>⟦l 用过这篇的人还用了⟧</h3><p>⟦l 社区助老食堂开业仪式主持词⟧</p><p>⟦l 志愿者授旗仪式流程及主持串词⟧</p></div>
<script>function openApp(){location.href="bxsh://doc/ab81f2c9";}</script>
<script src="https://h5.bixiashenghua.com/js/share.3a1.js"></script>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位志愿者，亲爱的居民朋友们：
大家上午好！今天，我们在这里举行“爱心饭包”志愿服务项目启动仪式。⟦a 一键替换成我的单位名称⟧
“爱心饭包”项目由街道党工委发起，组织党员和志愿者每天为辖区60多位独居老人送去热腾腾的午餐。下面，请街道党工委书记致辞。
感谢书记的讲话。下面，请志愿者代表发言。
下面进行授旗仪式，请领导为志愿服务队授旗，并向首批受助老人代表赠送保温饭包。
一只饭包，装的是热饭，更是邻里之间的温情。我宣布，“爱心饭包”志愿服务项目正式启动！
""",
    ),
    dict(
        slug="app-bixia-text-report-nursing-lead-docx",
        site="笔下生花App (invented writing app, document preview)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bixiashenghua.com/preview/7d20c1e4",
        title="养老服务中心护理组长2024年述职报告",
        record_title="养老服务中心护理组长2024年述职报告.docx",
        date="2024-12-20",
        notes="writing-app preview: file-name record title; a member prompt on a line of its own between "
        "paragraphs; the date under the 述职人 line",
        page="""
!m 笔下生花 · 文档预览
!m 文件：养老服务中心护理组长2024年述职报告.docx　12.6KB
{T}
{BODY}
!a 用App打开，可编辑全文并导出
!l 相似范文：护理部主任年度述职报告｜养老院院长述职述廉报告
""",
        indent="\u3000\u3000",
        body="""
2024年，我担任阖山县城关养老服务中心护理二组组长，带领9名护理员负责32位失能、半失能老人的日常照护。现将一年来的工作述职如下。
一、抓好基础照护。组织全组开展翻身、喂食、如厕协助等技能练兵12次，夜间如厕照护做到每两小时巡视一次，为需要的老人配齐带盖夜壶和床旁便盆，落实一人一具、每日消毒。全年组内老人未发生压疮和夜间跌倒事故。
⟦a 剩余三成内容开通会员后可见⟧
二、带好护理队伍。推行“老带新”结对，2名新护理员三个月内通过岗位考核。
三、存在不足。一是护理记录有时填写不及时；二是与家属沟通还不够主动。
2025年，我将继续提升照护质量，让老人住得安心、家属放心。
述职人：孟晓燕
2024年12月20日
""",
    ),
    dict(
        slug="examforum-shangan-essay-coasters-jammer",
        site="上岸驿站 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-51208-1-1.html",
        title="小小茶杯垫，织出乡村振兴大文章",
        record_title="【作文诊所】小小茶杯垫，织出乡村振兴大文章（第3稿，轻喷）- 申论交流区 - 上岸驿站",
        date=None,
        notes="exam forum: jammer-font junk in the post, a reply-to-see prompt, a rating row and a study-group QQ "
        "ad; a 申论 essay with no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【作文诊所】小小茶杯垫，织出乡村振兴大文章（第3稿，轻喷）- 申论交流区 - 上岸驿站</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="hd">⟦m 上岸驿站 · 公考交流社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 申论交流区 › 大作文互评⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 楼主：一战上岸冲冲冲　发表于 5 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="locked">⟦a 批改意见需回帖后查看⟧</div>
<div class="rate">⟦l 评分　+3　热心批改⟧</div>
</div>
<div class="ad">⟦w 申论互改群：一起上岸，群号 786602153⟧</div>
<div class="ft">⟦m 上岸驿站 | 手机版 | 黑名单 | 鄂ICP备21009934号⟧</div>
<script src="/static/js/common.js?sa21"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
一只草编茶杯垫，售价不过十元，却让饔城区沏河镇三百多名留守妇女在家门口端上了“手艺饭碗”。小物件里藏着大文章，它告诉我们：乡村振兴，既要抓大项目，也要做好“小而美”的特色产业。
做好小产业，要守住“根”。沏河草编传承三百多年，是当地人的文化记忆。只有把非遗技艺保护好、传承好，产业才有灵魂。
做好小产业，要打开“路”。过去杯垫三五块钱卖不出去，如今做成礼盒走进茶博会，靠的是设计创新和市场对接。基层政府要当好“店小二”，帮手艺人找订单、拓销路。
做好小产业，要富了“人”。产业发展的成果要实实在在落到群众口袋里，让更多农民在家门口就业增收。
小杯垫，大民生。把每一件“小事”做细做实，乡村振兴的大文章就会越写越精彩。
""",
    ),
]
