"""holdout304, part E: residents' sites, trade associations, company sites, training schools
and writing apps (each once as HTML and once as text). Every case written by hand.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-binhu-notice-fire-key-boxes-html",
        site="鬓湖社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.binhushequ.cn/gg/2025/1104/318.html",
        title="关于楼栋屋顶消防钥匙盒启用的通知",
        record_title="【楼道安全】关于楼栋屋顶消防钥匙盒启用的通知 - 鬓湖社区网",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="residents' site: a weather line, a grid member's box, property repair and night lines next to the community's own 咨询电话 in the body; the site's date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【楼道安全】关于楼栋屋顶消防钥匙盒启用的通知 - 鬓湖社区网</title>
<script src="/js/sq.js"></script></head><body>
<div class="sq-top">⟦m 鬓湖社区网⟧ <span>⟦m 鬓川县城关镇鬓湖社区居民委员会⟧</span> <span>⟦m 今日 小雨 9～15℃ 空气良⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 居民办事⟧</li><li>⟦m 邻里圈⟧</li></ul>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　2025年11月4日　阅读 246⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格　向晓燕　手机 138 7390 2216⟧</p></div>
<div class="sq-wy">⟦m 物业报修：0731-5836611　夜间值班：0731-5836600⟧</div>
<div class="sq-more">⟦l 邻里圈热帖：谁家的小黄狗跑丢了？⟧</div>
<div class="sq-foot">⟦m 鬓湖社区居委会　地址：鬓川县城关镇湖滨路22号⟧</div>
</body></html>
""",
        body="""
社区各位居民：
为了既防止闲杂人员进入楼顶，又保证发生火灾时能打开屋顶疏散门，社区为辖区27栋高层住宅的顶层各安装了1个消防钥匙盒。现将有关事项通知如下：
一、屋顶疏散门平时上锁，钥匙放在顶层楼梯间墙上的消防钥匙盒内。
二、钥匙盒正面为玻璃，发生火灾等紧急情况时，击碎玻璃即可取出钥匙，盒旁挂有小锤。
三、非紧急情况请勿打开钥匙盒，恶意损坏的将依法追究责任。
四、发现钥匙盒玻璃破损或钥匙缺失，请及时告知社区。
咨询电话：0731-5836180（社区居委会）
鬓湖社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="community-suoyixiang-notice-corridor-hooks-record",
        site="簑衣巷社区 (invented residents' site), text",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.suoyixiang.org.cn/tzgg/20250315-77.html",
        title="关于清理楼道违规安装挂钩及悬挂物的通知",
        date="2025-03-14",
        notes="record title as is; a residents' site as text: a grid line and a property line at the bottom, a 'volunteer sign-up' button between paragraphs; signature date",
        page="""
!m 簑衣巷社区 · 邻里一家亲
!m 首页　/　通知公告
{T}
!m 社区居委会　发布于 2025-03-15　围观 388
{BODY}
!l 邻里留言（3）：
!l 6栋王阿姨：我家门口那个是放菜的，下周就拆
!a 我也说两句
!m 簑衣巷社区居委会　值班电话：0739-7301288
""",
        body="""
各位居民朋友：
近期检查发现，部分楼道墙面、消防管道上被安装了挂钩和衣帽钩，悬挂着衣物、雨伞、菜篮等物品，既影响通行，又存在消防隐患。
根据消防安全有关规定，社区将于3月22日至28日集中清理楼道违规安装的挂钩及悬挂物。请居民在3月21日前自行拆除。
⟦a 报名当清理志愿者 ›⟧
需要在家门口挂衣物的，可以在门内安装衣帽钩，社区可免费提供200个门后挂钩，先到先得。
簑衣巷社区居民委员会
2025年3月14日
""",
    ),
    dict(
        slug="association-lacquer-minutes-vanity-box-standard",
        site="洨阳市漆器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.xyqiqi.org.cn/xhdt/2025/0428/96.html",
        title="洨阳市漆器行业协会三届四次理事会会议纪要",
        record_title="〔理事会议纪要〕洨阳市漆器行业协会三届四次理事会会议纪要丨洨阳市漆器行业协会",
        date="2025-04-24",
        date_also=["2025-04-28"],
        notes="association page: a member-login row; the association's name that is also the signature (head); the 时间/地点/主持/出席/记录 lines of minutes and a vote count; the site's date differs from the meeting date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔理事会议纪要〕洨阳市漆器行业协会三届四次理事会会议纪要丨洨阳市漆器行业协会</title>
<script src="/js/xh.js"></script></head><body>
<div class="xh-top">⟦a <a>会员单位登录</a> | <a>申请入会</a> | <a>证书真伪查询</a>⟧</div>
<div class="xh-logo">⟦m 洨阳市漆器行业协会⟧</div>
<ul class="xh-nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 团体标准⟧</li><li>⟦m 会员名录⟧</li><li>⟦m 联系协会⟧</li></ul>
<div class="xh-loc">⟦m 首页 › 协会动态⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布日期：2025-04-28　来源：协会秘书处⟧</div>
<div class="xh-art">
{BODY}
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员赴平遥考察推光漆工艺⟧</p><p>⟦l 第五届洨阳漆艺作品展征稿启事⟧</p></div>
<div class="xh-foot">⟦m 协会秘书处电话：0736-8207756　会员服务专线：0736-8207758⟧<br>⟦d ©洨阳市漆器行业协会 版权所有⟧</div>
</body></html>
""",
        body="""
时间：2025年4月24日上午9时
地点：协会二楼会议室
主持：会长　龚静姝
出席：理事19人（应到理事23人）
记录：秘书处　颜若溪
会议审议了《漆器梳妆盒》团体标准（送审稿）。秘书处介绍了标准起草情况，标准对梳妆盒的木胎含水率、漆膜厚度、镜面安装和甲醛释放量作出了规定。
会议表决：同意18票，反对0票，弃权1票，《漆器梳妆盒》团体标准（送审稿）获得通过。
会议议定：秘书处于5月底前完成标准发布前的公示，公示期满后正式发布实施。
洨阳市漆器行业协会秘书处
""",
    ),
    dict(
        slug="association-binchuan-hardware-pledge-hanger-load",
        site="鬓川县家居五金行业协会 (invented), text",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bcjjwj.org/xhgg/2025/0716/52.html",
        title="关于规范挂衣架产品承重标识的倡议书",
        record_title="〖自律共守〗关于规范挂衣架产品承重标识的倡议书 - 鬓川县家居五金行业协会",
        date="2025-07-16",
        notes="an association page as text: a join-the-association line and a member hotline; 'share this pledge' as content; signature date",
        page="""
!m 鬓川县家居五金行业协会
!m 协会公告　|　行业资讯　|　会员之家
!t 〖自律共守〗关于规范挂衣架产品承重标识的倡议书
!m 秘书处　2025-07-17　浏览 174
{BODY}
!a 还不是会员？在线填写入会申请表
!m 会员热线：0731-5877021
!d 本站内容版权归鬓川县家居五金行业协会所有
""",
        indent="\u3000\u3000",
        body="""
全县挂衣架生产、销售企业：
近来，不少消费者反映，部分挂衣架产品标称“超强承重”“挂大衣不变形”，实际使用中却容易断裂、弯折。为维护消费者权益和行业信誉，协会向全县会员企业倡议：
一、如实标注。在产品或包装上标明挂衣架的材质、最大承重和适用衣物，不夸大宣传。
二、自检自查。新产品上市前按协会推荐的方法进行承重测试，测试记录保存两年。
三、诚信经营。对消费者反映的断裂问题及时退换，不推诿、不拖延。
请各会员企业把本倡议分享到本企业员工群和经销商群，共同维护鬓川挂衣架的好口碑。
鬓川县家居五金行业协会
2025年7月16日
""",
    ),
    dict(
        slug="company-zhuyu-news-bamboo-vanity-box-title-glued",
        site="髻山竹语工艺品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhuyucraft.com/news/2025/0328/41.html",
        title="竹语工艺推出竹编梳妆盒新品",
        record_title="【新品首发】竹语工艺推出竹编梳妆盒新品_竹语工艺官网",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="company site: a cookie notice, a service float; the title repeated and glued to the news lead; the record gives the date; an 'add to cart' line between paragraphs",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>【新品首发】竹语工艺推出竹编梳妆盒新品_竹语工艺官网</title>
<script src="/assets/zy-shop.js"></script></head><body>
<header>⟦m 竹语工艺⟧ <nav>⟦m 首页　产品中心　工艺故事　新闻资讯　联系我们⟧</nav> <a>⟦a 网上商城⟧</a></header>
<div class="loc">⟦m 首页 / 新闻资讯 / 公司新闻⟧</div>
<h1>⟦t 【新品首发】竹语工艺推出竹编梳妆盒新品⟧</h1>
<div class="date">⟦m 2025.03.28　浏览 512⟧</div>
<article>
{BODY}
</article>
<div class="pn">⟦l 上一篇：竹语工艺亮相洨阳文博会⟧　⟦l 下一篇：竹编果盘系列升级包装⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意。⟧ <button>⟦a 知道了⟧</button></div>
<div class="kf-float">⟦w 在线客服⟧<br>⟦w 订购热线 400-0739-588⟧</div>
<footer>⟦m 髻山竹语工艺品有限公司　地址：髻山县工业园竹海路8号⟧<br>⟦m 湘ICP备21009962号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 竹语工艺推出竹编梳妆盒新品⟧3月26日，髻山竹语工艺品有限公司推出竹编梳妆盒新品，首批2000只已陆续发往各地经销商。
新款梳妆盒以本地楠竹为原料，盒身采用细篾双层编织，盒盖内嵌一面圆镜，内部分为上下两层，上层放梳子、发饰，下层抽屉可放首饰。
⟦a 喜欢这款？进入商城加入购物车⟧
公司负责人介绍，竹编梳妆盒从破竹、劈篾到编织、上漆共有二十多道工序，一名熟练篾匠一天只能编两只。今年公司计划新招收篾匠学徒30名，带动周边农户增收。
""",
    ),
    dict(
        slug="company-yougua-recall-suction-coat-hooks",
        site="洨阳优挂家居有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yougua.com.cn/service/recall-202510.html",
        title="关于召回部分批次吸盘式衣帽钩的公告",
        record_title="关于召回部分批次吸盘式衣帽钩的公告 - 服务公告 - 优挂家居",
        date="2025-10-09",
        notes="a company site as text: a recall table of batches; the recall line in the body next to the company's 400 order line in the footer; 'scan the code on the package' as content; signature date",
        page="""
!m 优挂家居 YOUGUA
!m 首页 · 产品 · 服务公告 · 关于我们
{T}
!m 优挂家居　2025.10.09
{BODY}
!w 购买咨询：400-0736-229（周一至周日 8:30—21:00）
!l 服务公告：2025年国庆假期发货安排｜以旧换新活动说明
!m 洨阳优挂家居有限公司　©2025
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分批次的吸盘式衣帽钩在高温潮湿环境下吸盘容易老化，挂重物后可能突然脱落。为保障用户安全，我公司决定自即日起召回以下批次产品：
产品型号　生产批号　数量（件）
YG-X02　20250512　3600
YG-X02　20250603　4200
用户可扫描包装背面的二维码查询批号，确认在召回范围内的，可到原购买门店免费更换为螺丝固定式衣帽钩，或办理退款。
召回咨询电话：0736-8590716
洨阳优挂家居有限公司
2025年10月9日
""",
    ),
    dict(
        slug="training-anda-brochure-ladder-work-course",
        site="鬓川安达职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.andapeixun.cn/zsjz/dgjs-2025.html",
        title="登高架设作业培训班招生简章",
        record_title="【周六周日班】登高架设作业培训班招生简章（含竹梯实操）｜安达培训",
        date=None,
        notes="training school: a promo banner, a trial-lesson prompt between paragraphs, a consult float; the school's 报名电话 next to a 400 line; a course table; a brochure with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【周六周日班】登高架设作业培训班招生简章（含竹梯实操）｜安达培训</title>
<script src="/js/anda-kf.js"></script></head><body>
<div class="promo">⟦a 老学员推荐新学员，双方各减200元⟧</div>
<div class="ad-head">⟦m 鬓川安达职业培训学校⟧ <span>⟦m 人社部门备案培训机构⟧</span></div>
<ul class="ad-nav"><li>⟦m 首页⟧</li><li>⟦m 课程中心⟧</li><li>⟦m 招生简章⟧</li><li>⟦m 学员风采⟧</li></ul>
<h1>{T}</h1>
<div class="ad-body">
{BODY}
</div>
<div class="ad-float">⟦w 课程顾问在线⟧<br>⟦w 全国招生热线 400-1106-735⟧</div>
<div class="ad-foot">⟦m 鬓川安达职业培训学校　办学许可证号：4307263000417⟧</div>
</body></html>
""",
        body="""
本校登高架设作业培训班面向建筑、电力、物业等行业从业人员招生，培训合格后可参加特种作业操作证考试。
一、课程安排
课程　课时　内容
理论　16课时　高处作业安全知识、事故案例
实操　24课时　竹梯与金属梯检查架设、安全带系挂
二、开班时间：每月第二个周末开班，每班限招30人。
⟦a 不确定适不适合？先来免费试听半天⟧
三、收费标准：培训费1280元，含教材和实操耗材。
报名地点：鬓川县城关镇育才路16号　报名电话：0731-5852016
""",
    ),
    dict(
        slug="training-muyu-insight-mortise-vanity-box",
        site="木语手作工坊 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.muyushouzuo.com/xueyuan/2025/88.html",
        title="做一只榫卯梳妆盒的七天",
        record_title="结业手记 ∣ 做一只榫卯梳妆盒的七天 - 木语手作",
        date=None,
        notes="a training workshop page as text: a course-ad line between paragraphs, a sign-up line at the bottom; a trainee's insight without a date",
        page="""
!m 木语手作工坊 | 跟老师傅学一门手艺
!m 首页 > 学员手记
!t 结业手记 ∣ 做一只榫卯梳妆盒的七天
!m 学员：许安然（第14期木作体验班）
{BODY}
!a 下一期木作体验班正在报名，点击预约试课
!w 工坊微信：muyu_shouzuo
!m 木语手作工坊　髻山县竹海路文创园B栋
""",
        indent="\u3000\u3000",
        body="""
报名木作班之前，我连凿子都没拿过。老师说，七天时间，每个人都能做出一只能用的榫卯梳妆盒。
第一天和第二天都在练基本功：画线、锯直线、凿卯眼。我的锯缝总是歪的，老师让我放慢速度，眼睛盯着线，不要盯着锯条。
第三天开始正式做梳妆盒。盒身四角用燕尾榫连接，不用一根钉子。第一次试装时，榫头太紧，怎么也敲不进去，只好一点点修。
⟦a 木作体验班还剩4个名额⟧
第七天，盒子终于上完了木蜡油。我把它送给了母亲，她说比商场里买的还好看。这七天让我明白，手艺没有捷径，慢就是快。
""",
    ),
    dict(
        slug="app-bilai-host-script-hanger-charity-sale",
        site="笔来APP (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bilaiapp.com/share/doc?id=6603912&from=wx",
        title="“旧衣架·新温暖”回收义卖活动主持词",
        record_title="“旧衣架·新温暖”回收义卖活动主持词（主持人拿稿即用）· 笔来",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold, an AI-rewrite button glued after a 。, a member line; a host script with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>“旧衣架·新温暖”回收义卖活动主持词（主持人拿稿即用）· 笔来</title>
<script src="https://h5.bilaiapp.com/static/share.3a1c.js"></script></head><body>
<div class="open-app">⟦a 打开笔来APP，写材料快人一步⟧ <button>⟦a 立即打开⟧</button></div>
<div class="doc-card"><h1>{T}</h1>
<p class="doc-info">⟦m 笔来范文 · 主持词 · 1.3万人用过⟧</p></div>
<div class="doc-text">
{BODY}
</div>
<div class="fold">⟦a 展开剩余58%⟧</div>
<div class="vip">⟦a 开通笔来会员，全部范文一键套用⟧</div>
<div class="rec"><h4>⟦l 大家还在用⟧</h4><p>⟦l 爱心义卖活动开场白⟧</p><p>⟦l 社区环保宣传活动主持稿⟧</p></div>
<div class="foot">⟦m 笔来 · 让材料不再难写⟧</div>
</body></html>
""",
        body="""
尊敬的各位居民、亲爱的小朋友们：
大家上午好！欢迎来到“旧衣架·新温暖”回收义卖活动现场。
家家户户都有用不完的挂衣架，有的断了，有的闲着。今天，我们把大家带来的旧衣架集中回收，完好的清洗消毒后现场义卖，一元一个，所得善款全部用于为社区困难老人购买冬衣。⟦a ✦ AI帮我改写这一段⟧
下面，请社区党委书记为活动致辞，大家掌声欢迎！
感谢书记的致辞。现在，义卖正式开始！请大家有序排队，志愿者会在登记台为您记录捐赠数量。
活动到此结束，感谢每一位参与的邻居，让我们下次再见！
""",
    ),
    dict(
        slug="app-xiecailiao-summary-key-custody-oneline-record",
        site="写材料助手 (invented writing app), text share",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiecailiao.cn/s/k9Qm27",
        title="物业服务中心2025年上半年钥匙代管服务工作总结",
        date="2025-07-05",
        notes="record title as is; a writing app's share as text, the body on one line; an app banner and an AI-rewrite line; signature date",
        page="""
!a 下载写材料助手，海量范文随时改
!m 写材料助手 · 工作总结
{T}
!m 1.8万次使用　·　分享自写材料助手
{BODY}
!a ⚡ 一键AI改写成我的总结
!l 同类范文：物业公司半年工作总结 · 小区管家个人总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
上半年，物业服务中心在小区门岗设置钥匙代管盒，为业主提供备用钥匙代管服务。现将有关情况总结如下。
一、服务开展情况。共有186户业主办理钥匙代管，占入住户数的31%。上半年共帮助忘带钥匙的业主开门412次，为装修、家政人员代转钥匙97次。
二、管理措施。钥匙代管盒实行双人双锁，每把钥匙只标编号、不标房号；取用钥匙须核对业主身份并登记。
三、存在问题。个别业主授权他人取钥匙未提前告知，造成等候时间较长。
下半年，我们将推出线上授权功能，进一步方便业主。
珮园物业服务中心
2025年7月5日
""",
    ),
]
