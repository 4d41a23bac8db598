"""holdout252, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="assoc-xianzhou-philately-minutes-council-vote",
        site="暹州集邮 · 暹州市集邮协会 (invented, association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.xzjiyou.example.org.cn/xhdt/2025/0312/140.html",
        title="暹州市集邮协会第六届理事会第三次会议纪要",
        record_title="【会务】暹州市集邮协会第六届理事会第三次会议纪要 - 协会动态 - 暹州集邮",
        date="2025-03-08",
        date_also=["2025-03-12"],
        notes="an association site: a member-login row, a join prompt; the 时间/地点/主持/出席/记录 lines and a vote count "
        "in the body; the meeting's 时间 line is the date, the page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【会务】暹州市集邮协会第六届理事会第三次会议纪要 - 协会动态 - 暹州集邮</title>
</head>
<body>
<div class="jy-login">⟦a 会员号　密码　〔登入〕　〔忘了会员号〕⟧</div>
<div class="jy-head">⟦m 暹州集邮⟧　⟦m 暹州市集邮协会官方网站⟧</div>
<div class="jy-nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 邮展邮讯⟧ ⟦m 会员园地⟧ ⟦m 入会指南⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-meta">⟦m 秘书处　2025-03-12　阅读 203⟧</div>
<div class="jy-txt">
{BODY}
</div>
<div class="jy-pn">⟦l 往期纪要：第六届理事会第二次会议纪要⟧</div>
</div>
<div class="jy-join">⟦a 爱好集邮？填写入会申请表，成为暹州集邮大家庭的一员⟧</div>
<div class="jy-ft"><p>⟦m 暹州市集邮协会秘书处　电话：0716-8851207⟧</p><p>⟦m 会址：暹州市邮政大楼六楼⟧</p></div>
</body>
</html>
""",
        body="""
时间：2025年3月8日上午9:00
地点：暹州市邮政大楼六楼会议室
主持：协会会长 蒯志平
出席：理事21人（应到25人）
记录：秘书处 桑雨
会议审议并通过以下事项：
一、审议通过《2024年度协会工作报告》和《2024年度财务收支情况报告》。
二、审议通过2025年工作计划，全年举办邮票展览2次、集邮知识讲座6场，继续开展“集邮进校园”活动。
三、审议通过吸收新会员37名。
四、表决通过增补常务理事1名，表决结果：同意20票，反对0票，弃权1票。
会议要求，各理事要带头宣传集邮文化，积极发展青少年会员。
""",
    ),
    dict(
        slug="assoc-haocai-pledge-recycled-toner-name-as-signature",
        site="暹州市办公耗材行业协会 (invented, association site, text copy)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.xzhcxh.example.org/xhwj/2024/1202/51.html",
        title="关于再生硒鼓质量自律的倡议书",
        date="2024-12-02",
        notes="record title as is; the association's name on the site line and again as the signature (the site line "
        "matched as head); a member-unit prompt and a 'sign the pledge' button; 成文日期 under the signature",
        page="""
!m 暹州市办公耗材行业协会
!m 协会文件 ▸ 自律公约
{T}
{BODY}
!a 【会员单位在线签署承诺书】
!l 协会文件：暹州市办公耗材行业自律公约（2023修订）
!m 协会秘书处　邮箱：xzhcxh@example.org
""",
        indent="\u3000\u3000",
        body="""
全市办公耗材生产、销售企业：
再生硒鼓节约资源、减少污染，近年来市场需求不断增长。但也有个别企业以次充好、虚标打印页数，损害了消费者利益，影响了行业声誉。为此，协会向全体会员单位发出如下倡议：
一、严格执行再生硒鼓相关标准，如实标注打印页数、适用机型和再生次数。
二、不使用劣质碳粉和翻新感光鼓冒充新品，不以“原装”名义销售再生产品。
三、建立售后承诺制度，对漏粉、底灰等质量问题及时退换。
四、规范废旧硒鼓回收处置，不私拆乱倒，防止碳粉污染环境。
让我们携起手来，共同维护公平有序的市场环境。
暹州市办公耗材行业协会
2024年12月2日
""",
    ),
    dict(
        slug="company-chaoping-recall-telescopic-poles-batches",
        site="晁坪家居 (invented, company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.chaopinghome.example.com/news/gg/2024-10-25.html",
        title="关于部分批次伸缩晾衣竿的召回公告",
        record_title="关于部分批次伸缩晾衣竿的召回公告 - 新闻中心 - 晁坪家居",
        record_date="2024-10-25",
        date="2024-10-25",
        notes="record gives a date; a company site: a cookie notice, a service float, a 400 sales line beside the recall's own "
        "召回咨询电话; a batches table (one row a paragraph); the company's signature and date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于部分批次伸缩晾衣竿的召回公告 - 新闻中心 - 晁坪家居</title>
</head>
<body>
<div class="cp-head"><span>⟦m 晁坪家居⟧</span><span>⟦m 好晾晒 · 好生活⟧</span><a>⟦m 产品中心⟧</a><a>⟦m 新闻中心⟧</a><a>⟦m 售后服务⟧</a><a>⟦a 线上商城⟧</a></div>
<div class="cp-crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<div class="cp-news">
<h1>{T}</h1>
<div class="cp-date">⟦m 2024-10-25　|　晁坪家居　|　浏览 1903⟧</div>
<div class="cp-txt">
{BODY}
</div>
<div class="cp-pn">⟦l 上一篇：晁坪家居亮相秋季家居博览会⟧</div>
</div>
<div class="cp-float"><p>⟦w 选购咨询 400-877-3260⟧</p><p>⟦a 在线客服⟧</p><p>⟦a 返回顶部⟧</p></div>
<div class="cp-cookie">⟦d 我们使用Cookie改善浏览体验，继续浏览即表示您同意此做法⟧ <button>⟦a 知道了⟧</button></div>
<div class="cp-ft">⟦m © 2024 晁坪家居用品有限公司　鄂ICP备21009386号-1⟧</div>
</body>
</html>
""",
        body="""
因部分批次伸缩晾衣竿的锁紧扣存在受力开裂的可能，使用中可能导致内管滑出坠落，为保障消费者安全，本公司决定自即日起召回下列批次产品：
产品型号　生产批号　生产日期
YG-240伸缩晾衣竿　2406A03　2024年6月
YG-240伸缩晾衣竿　2407A01　2024年7月
YG-300伸缩晾衣竿　2407B02　2024年7月
请购买上述批次产品的消费者立即停止使用，并查看竿体标签上的生产批号。本公司将为消费者免费更换新款锁紧扣，或办理退货。
召回咨询电话：0713-6679020（每天8:00-20:00）。
因此给您带来的不便，我们深表歉意。
晁坪家居用品有限公司
2024年10月25日
""",
    ),
    dict(
        slug="company-tongyun-brochure-custom-door-knockers",
        site="铜韵铸造厂 (invented, company site, text copy)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.tongyun-zz.example.cn/product/menhuan.html",
        title="铜门环定制服务",
        record_title="铜门环定制服务 | 产品中心 | 铜韵铸造",
        date=None,
        notes="a workshop's product page as text: a slogan line, a 'get a quote' button row, a numbered order process, a "
        "hotline and a WeChat id at the bottom; a brochure with no date",
        page="""
!m 铜韵铸造 · 戬水县铜韵铸造厂
!m 产品中心 > 古建门饰 > 门环铺首
{T}
!a 〔获取报价〕〔查看案例〕〔到厂参观预约〕
{BODY}
!w 订制热线：0713-6693551　微信同号 tongyun_zz
!l 相关产品：铜门钉｜铜包角｜仿古门锁
!m 戬水县铜韵铸造厂　厂址：戬水县经济开发区工业三路
""",
        body="""
本厂专注铜门环、铺首制作二十余年，采用传统失蜡铸造工艺，可按客户要求定制各式门环。
产品种类：狮首门环、兽面铺首、如意门环、圆形素环等，尺寸从直径8厘米到30厘米不等。
材质可选：黄铜、青铜、紫铜，表面处理有仿古做旧、抛光、鎏金三种。
定制流程：
1.客户提供门的尺寸、照片或参考样式；
2.设计师出图，双方确认样式和报价；
3.制模、浇铸、打磨、做旧，工期一般为20至30天；
4.包装发货，提供安装说明，同城可上门安装。
古建筑修缮项目可提供文物修复图纸配合服务。
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-toner-repair-class",
        site="暹州巧手职业培训学校 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-px.example.com/kc/haocai/2025.html",
        title="打印机硒鼓维修与加粉实操班招生简章",
        record_title="【月月开班】打印机硒鼓维修与加粉实操班招生简章（小班12人）｜巧手职校",
        date=None,
        notes="a training school: a promo banner, a consult float, a 400 line beside the school's own 报名电话; numbered "
        "items; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【月月开班】打印机硒鼓维修与加粉实操班招生简章（小班12人）｜巧手职校</title>
</head>
<body>
<div class="qs-promo">⟦a 老学员推荐新学员，双方各减300元，名额有限⟧</div>
<div class="qs-head">⟦m 巧手职校⟧　⟦m 暹州巧手职业培训学校⟧　⟦w 招生总机 400-602-5518⟧</div>
<div class="qs-nav">⟦m 学校首页⟧ ⟦m 课程设置⟧ ⟦m 师资力量⟧ ⟦m 学员风采⟧ ⟦m 报名须知⟧</div>
<div class="qs-main">
<h1>{T}</h1>
<div class="qs-meta">⟦m 课程类别：办公设备维修　｜　已报名 9/12⟧</div>
<div class="qs-txt">
{BODY}
</div>
<div class="qs-btn"><a>⟦a 我要报名⟧</a>　<a>⟦a 预约试听⟧</a></div>
</div>
<div class="qs-float">⟦w 课程顾问在线，点此咨询学费与排期⟧</div>
<div class="qs-ft">⟦m 暹州巧手职业培训学校　办学许可证号：教民14201000012345号⟧</div>
</body>
</html>
""",
        body="""
一、培训对象：打印机、复印机维修从业人员，单位文印室工作人员，有意从事办公设备维修的社会人员。
二、培训内容：激光打印机成像原理；硒鼓结构与拆装；加粉、更换感光鼓和充电辊；常见打印故障判断与排除；再生硒鼓质量检测。
三、培训方式：小班教学，每班不超过12人，理论与实操比例为1:3，每位学员配一台练习机。
四、培训时间：每期10天，每月10日开班。
五、培训费用：每人2800元，含教材、耗材和练习用硒鼓。
六、报名方式：携身份证复印件一份到本校教务处报名，报名电话：0713-6693318。
结业考核合格的，由学校颁发结业证书。
""",
    ),
    dict(
        slug="training-fangyuan-trainee-insight-stamp-appraisal",
        site="方圆邮学堂 (invented, stamp-appraisal training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.fangyuanyou.example.com/xueyuan/shouji/27.html",
        title="参加邮票鉴定培训班的学习心得",
        record_title="【学员手记】参加邮票鉴定培训班的学习心得｜方圆邮学堂",
        date=None,
        notes="a training school's trainee page as text: a class line, a course ad line between paragraphs, a trial-lesson "
        "prompt at the bottom; an insight with no date",
        page="""
!m 方圆邮学堂 · 学员手记
!t 【学员手记】参加邮票鉴定培训班的学习心得
!m 第14期邮票鉴定基础班学员　钮长庚
{BODY}
!a 免费试听一节鉴定课，回复“试听”即可预约
!l 更多学员手记：退休后学会了用紫光灯
!m 方圆邮学堂　暹州市文昌街17号二楼
""",
        indent="\u3000\u3000",
        body="""
报名参加邮票鉴定培训班之前，我已经集邮十来年，自认为对邮票还算了解。上了第一节课我就发现，自己知道的只是皮毛。
老师从纸张、印刷方式、齿孔、背胶讲起，一项项教我们用放大镜、齿孔尺和紫光灯观察。第一次在紫光灯下看到同一枚邮票的真品和仿品颜色完全不同，我才明白“眼见为实”有时也会骗人。
⟦a 第15期基础班火热招生中，本月报名赠齿孔尺一把⟧
最难的是区分原胶和重刷胶。老师让我们反复对比几十枚样票，一开始我十枚能错六枚，到结业考核时已经能全部认对。
十天的课程很紧凑，但收获很大。回家后，我把自己的邮册重新整理了一遍，还真发现了两枚以前没注意到的品相问题。
""",
    ),
    dict(
        slug="app-luobi-report-print-room-open-app-mask",
        site="落笔成文App (invented, writing app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luobichengwen.example.com/share/art/772031?from=wx",
        title="办公室文印岗位个人述职报告",
        record_title="办公室文印岗位个人述职报告（换个名字就能交）· 落笔成文",
        date="2024-12-26",
        notes="a writing app's H5 share: an open-app mask, a fold ('expand the rest') glued after a sentence, an AI-rewrite "
        "button row, a vip line; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>办公室文印岗位个人述职报告（换个名字就能交）· 落笔成文</title>
</head>
<body>
<div class="lb-mask">⟦a 打开落笔成文App，解锁全文和一键排版⟧　<a>⟦a 立即打开⟧</a></div>
<div class="lb-head">⟦m 落笔成文⟧　⟦m 公文范文 · AI写作⟧</div>
<div class="lb-art">
<h1>{T}</h1>
<div class="lb-meta">⟦m 述职报告 · 2.4万人用过 · 约820字⟧</div>
<div class="lb-ai">⟦a ✨ AI改写　✨ 换个说法　✨ 扩写到1500字⟧</div>
<div class="lb-txt">
{BODY}
</div>
<div class="lb-vip">⟦a 开通落笔VIP，全站范文随心改⟧</div>
<div class="lb-rel"><p>⟦l 大家还在看：档案管理员个人述职报告⟧</p><p>⟦l 大家还在看：机关后勤岗位年度述职⟧</p></div>
</div>
<div class="lb-ft">⟦m 落笔成文 © 2024　沪ICP备22031177号-4⟧</div>
</body>
</html>
""",
        body="""
一年来，我在局办公室负责文印室工作，主要承担全局文件印制、复印纸和硒鼓等耗材管理工作。现将履职情况报告如下。
一、保障印制任务
全年共印制各类文件、会议材料1860批次，做到随到随印、急件优先，没有出现错印、漏印和延误。⟦a 展开剩余78%⟧
二、加强耗材管理
建立复印纸、硒鼓出入库台账，实行按月盘点。全年复印纸用量比上年下降14%，旧硒鼓全部送交回收点，没有发生丢失和私自处置。
三、做好保密工作
严格执行涉密文件印制登记制度，废页、校样当天粉碎，全年未发生泄密事件。
四、不足和打算
对新设备的维护保养还不够熟练。明年我将加强业务学习，进一步提升服务水平。
述职人：龚小满
2024年12月26日
""",
    ),
    dict(
        slug="app-luobi-host-script-knocker-exhibition-oneline",
        site="落笔成文App (invented, writing app, text copy)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://h5.luobichengwen.example.com/share/art/771164",
        title="“叩响老门环”民俗文化展开幕式主持词",
        record_title="“叩响老门环”民俗文化展开幕式主持词（精简版）- 落笔成文App",
        date=None,
        notes="a writing app's share copied as text, the whole host script on one line; an app banner and a 'copy needs "
        "VIP' prompt; a host script with no date",
        page="""
!a 落笔成文App内打开，阅读体验更佳 >
!t “叩响老门环”民俗文化展开幕式主持词（精简版）
!m 主持词 · 1.1万次使用
{BODY}
!a 复制全文需开通落笔VIP
!l 同类范文：非遗展开幕式主持词｜文化节闭幕式主持稿
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！金秋时节，我们相聚在畯湖老街，共同见证“叩响老门环”民俗文化展的开幕。
本次展览汇集了老街居民和收藏爱好者提供的各式门环、铺首一百二十余件，年代跨越清代至上世纪七十年代。
首先，让我们以热烈的掌声欢迎城关镇党委副书记、镇长晏国栋致辞。
感谢晏镇长的致辞。下面，有请收藏爱好者代表卞老先生讲述他与门环的故事。
谢谢卞老先生的精彩分享。现在，我宣布：“叩响老门环”民俗文化展正式开幕！请大家移步展厅参观。
""",
    ),
    dict(
        slug="gkforum-duzhou-interview-copy-paper-waste-jammer",
        site="公考渡舟论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.gkduzhou.example.com/thread-330917-1-1.html",
        title="单位复印纸浪费严重，领导让你负责整改，你怎么做？",
        record_title="〔面试真题〕单位复印纸浪费严重，领导让你负责整改，你怎么做？（附我的作答框架）- 结构化面试 - 公考渡舟论坛",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a QQ-group ad, a rating row, jammer fonts in the post; "
        "posted 2 天前, so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>〔面试真题〕单位复印纸浪费严重，领导让你负责整改，你怎么做？（附我的作答框架）- 结构化面试 - 公考渡舟论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div class="dz-top">⟦m 公考渡舟论坛⟧　⟦m 一舟渡你上岸⟧　⟦a <a>登录渡舟</a>｜<a>注册</a>⟧</div>
<div class="dz-crumb">⟦m 渡舟 › 面试交流 › 结构化面试⟧</div>
<div class="dz-thread">
<div class="dz-tag">⟦m 〔面试真题〕⟧</div>
<h1>{T}</h1>
<div class="dz-author">⟦m 楼主 考碗求上岸　｜　2 天前　｜　查看 2215　回复 38⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="dz-hide">⟦a 本帖另有评分标准，回复后可见⟧</div>
<div class="dz-rate">⟦l 评分 3 人　舟币 +9　理由：思路清楚⟧</div>
<div class="dz-ad">⟦w 面试冲刺群：加QQ群 71093528，每晚模拟⟧</div>
<div class="dz-reply">⟦l 2楼 晚风：第三点可以再具体一点⟧</div>
</div>
<div class="dz-ft">⟦m 公考渡舟论坛　粤ICP备23015560号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我的作答思路，供大家参考：
第一，摸清情况。我会先到文印室查看近几个月的复印纸领用记录，再和各科室同事聊一聊，弄清楚浪费主要出在哪些环节。是单面打印、反复修改打印，还是个人私用，要心中有数。
第二，制定措施。针对查到的问题，我会草拟一份节约用纸办法报领导审定，比如内部材料一律双面打印、会议材料尽量电子化、按科室核定用量等。
第三，带头落实。办法出台后，我会在科室群里做好宣传，同时从自己做起，养成节约用纸的习惯。
第四，跟踪评估。一个月后对比用量变化，把效果和存在的问题向领导汇报，再进一步完善办法。
以上是我的答案，欢迎大家拍砖。
""",
    ),
    dict(
        slug="gkforum-kaogong-shenlun-essay-door-knocker",
        site="考公驿站论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.kaogongyz.example.com/t/61823.html",
        title="叩响门环，留住乡愁",
        record_title="[申论习作·互评] 叩响门环，留住乡愁（第三篇，求大佬们批改）- 申论专区 - 考公驿站",
        date=None,
        notes="an exam forum thread as text: the poster's level line, a 'scores hidden' line, replies with scores; an "
        "essay with no date (posted 4 天前)",
        page="""
!m 考公驿站 » 申论专区 » 大作文练笔
!t [申论习作·互评] 叩响门环，留住乡愁（第三篇，求大佬们批改）
!m 楼主：三战不言败　Lv.4　4 天前　｜　浏览 644
{BODY}
!l 2楼 申论老狗：立意可以，第二段论证再充实一点，估分28
!l 3楼 小鹿乱撞：学习了，结尾很有力
!a 回帖后可查看楼主上传的参考范文
""",
        indent="\u3000\u3000",
        body="""
在许多古镇老街，仍能看到一扇扇木门上挂着的铜门环。它们曾是主人迎客的“门铃”，也是一个家族的体面。然而随着城镇化推进，老宅被拆、门环被卖，这些承载乡愁的小物件正在悄然消失。
留住门环，首先要留住它所在的街巷。一些地方在旧城改造中大拆大建，把老街变成千篇一律的仿古商业街，门环即便保留下来，也只剩装饰的意义。
留住门环，还要让它“活”起来。有的地方组织门环拓印、老街讲古等活动，让年轻人在动手中了解传统；有的把门环图案融入文创产品，让老手艺有了新市场。
文化传承不在宏大叙事，而在这些看得见、摸得着的细节之中。守护好一枚门环，就是守护一段记忆、一份乡愁。
""",
    ),
]
