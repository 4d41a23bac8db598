"""holdout291, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Every page, place, person, firm, site, URL and phone number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-dongjian-swing-closure-grid-box",
        site="东鲣社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dongjian-sq.example.cn/jwgk/2024/1018/0213.html",
        title="关于小区儿童游乐区秋千架停用维修的通知",
        record_title="【居委通告】关于小区儿童游乐区秋千架停用维修的通知-鲐阳区东鲣社区",
        date="2024-10-18",
        notes="residents' site: weather line, a grid member's box and property repair lines beside the community's "
        "own 值班电话 in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居委通告】关于小区儿童游乐区秋千架停用维修的通知-鲐阳区东鲣社区</title></head><body>
<div class="sq-top">⟦m 鲐阳区东鲣社区⟧　⟦m 今日 多云 15℃~23℃ 空气良⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="sq-pos">⟦m 社区首页 ＞ 居务公开 ＞ 通知通告⟧</div>
<div class="sq-art"><h1>{T}</h1>
<div class="sq-info">⟦m 发布：社区居委会　日期：2024-10-18　浏览：366⟧</div>
<div class="sq-con">
{BODY}
</div></div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　俞小芒　13857520461⟧</p></div>
<div class="sq-wuye"><p>⟦m 翠筠苑物业报修：0571-5861178⟧</p><p>⟦m 夜间应急维修：13905716620⟧</p></div>
<div class="sq-foot">⟦m 东鲣社区党群服务中心　地址：鲐阳区望潮路15号⟧　⟦m 浙ICP备20031907号⟧</div>
</body></html>
""",
        body="""
各位居民：
近日，社区在安全巡查中发现，翠筠苑小区儿童游乐区两架秋千的横梁焊点出现锈蚀开裂。为防止意外发生，经社区与小区物业商议，决定自10月21日起暂停使用，进行维修。
一、维修期间，游乐区秋千架周围将设置围挡，请家长看护好孩子，不要进入围挡区域。
二、维修预计于11月5日前完成，经检测合格后恢复开放，届时另行通知。
三、维修费用从小区公共收益中列支，支出明细将在小区公告栏公示。
社区值班电话：0571-5860317
东鲣社区居民委员会
2024年10月18日
""",
    ),
    dict(
        slug="community-wangcang-pledge-soy-vats-rooftop-share",
        site="望仓社区网 (invented), text extract",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wangcangsq.example.cn/tz/20240625/3.html",
        title="关于楼顶晾晒酱缸注意安全的倡议书",
        record_title="关于楼顶晾晒酱缸注意安全的倡议书 ｜ 邻里提醒 ｜ 望仓社区网",
        date="2024-06-25",
        notes="a pledge asking residents to forward and share it (content); a share bar between paragraphs, a "
        "volunteers' sign-up line and the property's line as chrome",
        page="""
!m 望仓社区网　鲩溪县城关镇望仓社区
!m 首页 · 社区通知 · 邻里提醒
{T}
!m 社区居委会　发布于 2024-06-25 16:10
{BODY}
!a 报名当楼栋安全员，点这里留下电话
!l 上一条：望仓社区端午包粽子活动报名
!l 下一条：6月下旬社区卫生服务站义诊安排
!m 物业服务中心：0574-6245190　　社区：0574-6245101
""",
        body="""
各位居民朋友：
入夏以来，不少居民把酱缸搬到楼顶平台晒酱。楼顶护栏低、风大，酱缸放在女儿墙边，一旦被风吹倒或者碰落，后果不堪设想。为此，社区向大家倡议：
一、酱缸请放在楼顶中间位置，离女儿墙不少于一米五，缸下垫稳，不要叠放。
⟦l 分享到：居民群 ｜ 朋友圈 ｜ 复制本页地址⟧
二、老人上楼顶翻酱，请家人陪同，雨天、大风天不要上楼顶。
三、楼顶通道不堆放杂物，保持消防通道畅通。
请大家把这份倡议转发分享到家庭群里，特别是提醒家里的老人。
鲩溪县城关镇望仓社区居民委员会
2024年6月25日
""",
    ),
    dict(
        slug="association-chaju-pledge-tea-pitcher-capacity",
        site="鲣湖市茶具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jhchaju.example.org.cn/xhdt/20241203/117.html",
        title="关于规范公道杯容量标注的自律倡议",
        record_title="〔同业自律〕关于规范公道杯容量标注的自律倡议-鲣湖市茶具行业协会",
        date="2024-12-03",
        notes="association site: member login row and member hotline; the association's name is also the "
        "signature (its header label matched as head); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔同业自律〕关于规范公道杯容量标注的自律倡议-鲣湖市茶具行业协会</title></head><body>
<div class="xh-top"><span>⟦m 鲣湖市茶具行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<ul class="xh-nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 首页 › 协会动态 › 倡议公告⟧</div>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-info">⟦m 秘书处　2024-12-03　阅读 802⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-sign">⟦a 认同倡议？会员单位点此在线签名⟧</div></div>
<div class="xh-side"><h4>⟦m 会员服务热线⟧</h4><p>⟦m 0575-8277100（工作日8:30-17:00）⟧</p></div>
<div class="xh-foot">⟦m 鲣湖市茶具行业协会秘书处　鲐阳区茶器文化街32号⟧　⟦m 浙ICP备21017724号⟧</div>
</body></html>
""",
        body="""
全市茶具生产经营企业：
公道杯是茶桌上的“公平秤”。近来有消费者反映，部分公道杯标称容量与实际容量差距较大，影响了行业声誉。为此，协会向全体会员单位和全市同行倡议：
一、如实标注。公道杯标称容量以满口容量为准，偏差不超过百分之五。
二、规范用料。玻璃公道杯须使用高硼硅玻璃，不得以普通钠钙玻璃冒充。
三、接受监督。协会每季度组织一次抽检，结果在协会网站公布。
让每一只公道杯都名副其实，是我们共同的责任。
鲣湖市茶具行业协会
2024年12月3日
""",
    ),
    dict(
        slug="association-huanxi-grain-minutes-vote",
        site="鲩溪县粮食行业协会 (invented), text extract",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.hxlsxh.example.org.cn/hyjy/2024-11-22.html",
        title="鲩溪县粮食行业协会第二届理事会第三次会议纪要",
        record_title="【理事会·纪要】鲩溪县粮食行业协会第二届理事会第三次会议纪要_会务通报_鲩溪粮协",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="minutes: 时间/地点/主持/参会/记录 lines and a vote count in the body; the meeting's 时间 line gives the "
        "date, the site's posting date differs",
        page="""
!m 鲩溪县粮食行业协会
!m 首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 秘书处　2024-11-22　阅读：219
{BODY}
!l 往期纪要：第二届理事会第二次会议纪要 ｜ 2024年会员大会纪要
!a 会员单位下载纪要原件请先登录
!m 协会秘书处电话：0574-6201587　邮箱：mishuchu@hxlsxh.example.org.cn
""",
        body="""
时间：2024年11月20日下午2:30
地点：鲩溪县粮食收储中心三楼会议室
主持：协会会长 庞德厚
参会：理事单位代表17人，监事2人
记录：协会秘书处 申小麦
会议审议了《农户小型谷仓建造技术指引（试行）》，经表决，17名理事一致同意通过。
会议决定，协会明年组织技术员分片开展谷仓改造技术培训，每个乡镇不少于一场。
会议要求，各理事单位在收购季节为农户提供免费的粮食水分检测服务，帮助农户把好入仓关。
""",
    ),
    dict(
        slug="company-jiangyuan-news-soy-vats-record-date",
        site="鲵山酱园 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nsjiangyuan.example.cn/news/2024/0508.html",
        title="鲵山酱园新添一百二十口陶制酱缸",
        record_title="鲵山酱园新添一百二十口陶制酱缸 — 酱园新闻 — 鲵山酱园",
        record_date="2024-05-08",
        date="2024-05-08",
        notes="company news: cookie notice, service float, a dotted company date; the date given by the record; "
        "the company's short name inside the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鲵山酱园新添一百二十口陶制酱缸 — 酱园新闻 — 鲵山酱园</title></head><body>
<div class="cookie">⟦d 本站使用 Cookie 记录您的浏览偏好，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header><span class="logo">⟦m 鲵山酱园 · 百年晒酱⟧</span>
<nav><a>⟦m 走进酱园⟧</a> <a>⟦m 酱园新闻⟧</a> <a>⟦m 产品中心⟧</a> <a>⟦m 线上商城⟧</a></nav></header>
<div class="crumbs">⟦m 首页 / 酱园新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024.05.08　｜　品牌部⟧</p>
<div class="content">
{BODY}
</div>
<p class="back">⟦l ← 返回新闻列表⟧</p></article>
<div class="float-service">⟦w 在线客服⟧ ⟦m 订购热线 400-660-1958⟧</div>
<footer>⟦m 鲵山酱园有限公司　鲵山县鳎坪镇酱园路1号⟧　⟦m 浙ICP备17038162号-1⟧</footer>
</body></html>
""",
        body="""
入夏前，鲵山酱园从外地窑厂定制的一百二十口陶制酱缸全部到货，安放在新扩建的二号晒场。
这批酱缸每口容量四百升，内外施釉，出窑后逐口做了渗水试验。加上原有的酱缸，酱园晒场的酱缸总数达到九百八十口。
酱园负责人邝守成介绍，新晒场地面全部铺设了防滑地砖，酱缸之间留出一米二宽的通道，便于工人翻酱、取样。
今年酱园计划新增黄豆酱产量一百五十吨，产品将通过商超和线上店铺销售。
""",
    ),
    dict(
        slug="company-youran-recall-swing-batches",
        site="鲵山悠然户外用品有限公司 (invented), text extract",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.youranhuwai.example.cn/gonggao/recall-2024-07.html",
        title="关于召回部分户外双人秋千架产品的公告",
        record_title="关于召回部分户外双人秋千架产品的公告 | 悠然户外 · 企业公告",
        date="2024-07-09",
        notes="recall with a batch table; the recall line in the body beside the company's 400 order line and "
        "a shop link; 成文日期 under the signature",
        page="""
!m 悠然户外 YOURAN OUTDOOR
!m 首页 | 产品 | 企业公告 | 售后服务 | 联系我们
{T}
!m 发布部门：质量部　　2024-07-09
{BODY}
!m 订购热线：400-671-3058（仅受理订购，召回请拨召回专线）
!a 去旗舰店逛逛 ›
!m © 鲵山悠然户外用品有限公司　浙ICP备18046633号
""",
        body="""
近期，我公司在售后回访中发现，2024年3月至5月生产的部分户外双人秋千架，吊环与横梁连接处的螺栓强度不足，长期使用可能松脱。为保障用户安全，我公司决定主动召回上述产品。
一、召回范围
型号　生产批次　数量
QX-200　240312　360套
QX-200　240428　415套
QX-260　240515　228套
二、召回方式。用户可拨打召回专线0579-8862115登记，我公司将免费上门更换加强型螺栓组件。
三、召回期间，请用户暂停使用上述产品。
由此给您带来的不便，我们深表歉意。
鲵山悠然户外用品有限公司
2024年7月9日
""",
    ),
    dict(
        slug="training-yaji-tea-class-brochure-pitcher",
        site="鲣湖雅集茶艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yajichayi.example.cn/kecheng/zhoumo-rumen.html",
        title="周末茶艺入门班：从用好一只公道杯开始",
        record_title="周末茶艺入门班：从用好一只公道杯开始｜招生简章 · 鲣湖雅集茶艺学堂",
        date=None,
        notes="school page: promo banner, consult float, a 400 franchise line beside the school's 报名电话 in the "
        "body; a course table one row a paragraph; a trial-class line between paragraphs; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>周末茶艺入门班：从用好一只公道杯开始｜招生简章 · 鲣湖雅集茶艺学堂</title></head><body>
<div class="promo">⟦a 老学员带新学员，两人同报立减200元 ›⟧</div>
<header><span>⟦m 鲣湖雅集茶艺学堂⟧</span> <span>⟦m 一席茶，一段好时光⟧</span>
<nav><a>⟦m 首页⟧</a> <a>⟦m 课程⟧</a> <a>⟦m 师资⟧</a> <a>⟦m 学员作品⟧</a></nav></header>
<div class="pos">⟦m 首页 ＞ 课程 ＞ 周末班⟧</div>
<section class="course"><h1>{T}</h1>
<div class="intro">
{BODY}
</div></section>
<div class="float-consult">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="franchise">⟦m 品牌加盟热线：400-806-7215⟧</div>
<footer>⟦m 鲣湖雅集茶艺学堂　鲐阳区茶器文化街8号二楼⟧　⟦m 浙ICP备22009173号⟧</footer>
</body></html>
""",
        body="""
很多茶友泡茶多年，却说不清公道杯该怎么拿、怎么分。周末茶艺入门班专为零基础学员开设，四次课带你把一套茶具用顺手。
课程安排
课次　内容　课时
第一课　认识茶具与公道杯　2小时
第二课　绿茶与玻璃杯冲泡　2小时
第三课　乌龙茶与盖碗出汤　3小时
第四课　分茶礼仪与结业品鉴　3小时
⟦a 不确定合不合适？先约一节9.9元体验课⟧
每期限招12人，学费880元，含全部茶叶和茶具使用费，结业赠送玻璃公道杯一只。
报名电话：0575-8240619（鲐阳校区前台）
""",
    ),
    dict(
        slug="training-nishan-nongguang-insight-duck-shed-oneline",
        site="鲵山县农广校 学员园地 (invented), text",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.nsnongguang.example.cn/xyyd/2024/1201.html",
        title="参加水禽养殖实用技术培训班的几点收获",
        record_title="【学员园地】参加水禽养殖实用技术培训班的几点收获（学员来稿）",
        date=None,
        notes="trainee's insight all on one line; no date (a 'last week' stamp); sign-up line and hotline",
        page="""
!m 鲵山县农业广播电视学校
!m 首页 - 学员园地
!t 【学员园地】参加水禽养殖实用技术培训班的几点收获（学员来稿）
!m 来稿：鳎坪镇养殖户 汤守田　　上周更新
{BODY}
!a 下期“稻鸭共养”培训班正在报名，点此填表
!m 农广校招生咨询：0575-8260515
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
十一月中旬，我在鲵山县农广校参加了为期五天的水禽养殖实用技术培训班。我家养鸭十多年，原以为自己懂得不少，这次学下来才发现差距不小。
收获最大的是鸭棚通风。以前冬天怕冷，把鸭棚捂得严严实实，结果氨味呛人，小鸭子老是咳。老师讲了“保温先保干，通风不吹风”的道理，回来我就在鸭棚背风面开了两排小窗。
第二个收获是消毒。以前一年消毒两三回，现在知道了进鸭棚要换鞋，每批鸭出栏后要空棚半个月。
第三个收获是认识了一帮同行，有问题能在群里商量着办。
明年我打算按老师讲的标准，把自家的两栋鸭棚改一改。
""",
    ),
    dict(
        slug="writingapp-bixia-summary-grain-barns-h5",
        site="笔下生花 写作app H5 share (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.bixiashenghua.example.cn/share/a/9f2c81e0",
        title="2024年鳎坪镇农户科学储粮工作总结",
        record_title="2024年鳎坪镇农户科学储粮工作总结（换个镇名就能交）· 笔下生花",
        date="2024-12-16",
        notes="writing app share page: open-app mask, a fold with an 'expand' action between paragraphs, AI "
        "buttons glued after a 。; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>2024年鳎坪镇农户科学储粮工作总结（换个镇名就能交）· 笔下生花</title></head><body>
<div class="open-app">⟦a 打开笔下生花APP，阅读体验更佳⟧ <button>⟦a 立即打开⟧</button></div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 笔下生花 · 精选范文　｜　3.6万人读过⟧</div>
<div class="body">
{BODY}
</div>
<div class="ai-bar">⟦a ✎ AI续写　⟲ 一键换说法　⇩ 导出文档⟧</div>
<div class="more"><h4>⟦l 还有这些写法⟧</h4><p>⟦l 乡镇粮食安全工作年度总结（带数据版）⟧</p><p>⟦l 村级粮食储备点工作汇报⟧</p></div></div>
<div class="mask">⟦a 在APP内打开，可免费复制全文⟧</div>
</body></html>
""",
        body="""
今年以来，鳎坪镇围绕减少农户储粮损失，以谷仓改造为抓手，扎实开展科学储粮工作，取得了一定成效。
一、主要做法。一是摸清底数。全镇逐户登记农户谷仓一千三百四十座，其中需改造的老旧谷仓四百一十二座。二是示范带动。在三个村建设改造样板户，组织农户现场观摩。三是技术服务。镇农技站技术员分片包村，入户指导谷仓防潮、防虫、防鼠。⟦a ✎ 让AI把这段改得更简洁⟧
⟦a 展开剩余60%内容 ⌄⟧
二、取得成效。全年完成谷仓改造三百八十六座，改造农户的储粮损失率由百分之六降到百分之二以下。
三、存在问题。部分老人对改造有顾虑，仍有二十六座老旧谷仓未改。
四、明年打算。继续做好剩余谷仓改造，推广使用小型储粮仓。
鳎坪镇人民政府
2024年12月16日
""",
    ),
    dict(
        slug="writingapp-kuaigao-speech-swing-opening-date",
        site="快稿 写作app (invented), text share",
        style="范文APP",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://kuaigao.example.cn/s/r7QmW2",
        title="在望潮社区“童趣角”秋千架启用仪式上的致辞",
        record_title="在望潮社区“童趣角”秋千架启用仪式上的致辞（六一前夕用）- 快稿",
        date="2025-05-31",
        notes="writing app share as text: speaker and date lines under the title are neutral; app prompts, a "
        "member paywall line and a related list",
        page="""
!a 快稿APP · 打开App，写稿快人一步
!t 在望潮社区“童趣角”秋千架启用仪式上的致辞（六一前夕用）
{T}
望潮社区党委书记　阮晴
（2025年5月31日）
{BODY}
!a 开通快稿会员，解锁全部致辞模板
!l 相关：社区儿童之家揭牌仪式致辞　|　六一儿童节社区活动主持词
!m 内容来自快稿用户分享
""",
        body="""
各位居民朋友，小朋友们：
大家好！今天是六一儿童节的前一天，我们在这里为社区“童趣角”的新秋千架剪彩。
去年社区开了三次居民议事会，不少家长提出，小区里没有一处让孩子安心玩耍的地方。今年，社区争取到微实事项目资金，在二号楼旁的空地上建起了两架秋千，地面铺了软垫，周围装了护栏。
秋千架是大家的，也要靠大家一起爱护。希望家长们带孩子玩的时候排好队、看护好，发现松动及时告诉社区。
最后，祝小朋友们节日快乐，祝各位居民家庭幸福！
""",
    ),
]
