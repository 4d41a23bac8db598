"""holdout85, part B. Invented text, written case by case; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-laotian-memoir-chive-oneline",
        site="老田文存 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="text",
        source="http://laotian-wencun.net/juan2/037.html",
        title="父亲的韭菜畦",
        record_title="《老田文存》卷二·第37篇｜父亲的韭菜畦",
        date=None,
        notes="collection chapter; body on one line; no date (crawl stamp only)",
        page="""
!m 老田文存 · 卷二 · 乡土旧事
!l 目录 | 上一篇：村口的磨坊 | 下一篇：腊月赶集
{T}
{BODY}
!m 本页抓取于 2025-10-02 11:40
!d 文存文字归田守仁家属所有，转引请注明
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲在院子东墙根下留了一畦韭菜，不过两丈长，却是我家一年四季的菜篮子。
开春头一刀最金贵，父亲舍不得卖，总是割一把包饺子，剩下的分给左邻右舍。
后来我进了城，每年清明回去，那畦韭菜还在，只是割菜的人换成了我母亲。
""",
    ),
    dict(
        slug="dangjian-mahua-branch-speech-html",
        site="鹛原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.meiyuan-dj.gov.cn/djyw/202506/t20250630_3318.html",
        title="在麻花产业党建联盟成立大会上的讲话",
        record_title="在麻花产业党建联盟成立大会上的讲话-鹛原党建网",
        date="2025-06-28",
        notes="Party site; date in Chinese numerals under the speech title; speaker line neutral; scan-to-phone prompt",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在麻花产业党建联盟成立大会上的讲话-鹛原党建网</title>
<script src="/static/dj.js"></script></head><body>
<div class="head"><img src="/img/logo.png" alt="">⟦m 鹛原党建网 · 中共鹛原县委组织部主办⟧</div>
<div class="menu">⟦m 首页⟧ | ⟦m 党建要闻⟧ | ⟦m 组织建设⟧ | ⟦m 党员教育⟧</div>
<div class="loc">⟦m 当前位置：首页 » 党建要闻⟧</div>
<h1>{T}</h1>
<p class="spk">县委常委、组织部部长　冯立言</p>
<p class="dt">（二〇二五年六月二十八日）</p>
<div class="content">
{BODY}
</div>
<div class="qr">⟦a 扫一扫在手机上阅读本文⟧</div>
<div class="sh">⟦l 分享：微信 微博 QQ⟧</div>
<ul class="rel"><li>⟦l 我县召开“两新”组织党建工作推进会⟧</li><li>⟦l 七一前夕走访慰问老党员⟧</li></ul>
<div class="foot">⟦m 鹛原县委组织部 版权所有 电话：0579-8832 1101⟧ ⟦m 备案号：浙ICP备05012388号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全县麻花产业党建联盟正式成立。联盟由县市场监管局党组牵头，吸收了12家麻花企业党支部和3个村党组织。
成立联盟，就是要把党的组织优势转化为产业发展优势。希望各成员单位在标准制定、品牌共建、技术互助上多想办法、多出实招。
要注重在生产一线发展党员，让党员亮身份、当先锋，带动小作坊规范经营。
谢谢大家。
""",
    ),
    dict(
        slug="hospital-mingkang-notice-roller-injury",
        site="鸫川县中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="text",
        source="https://www.dcxzyy.com/kepu/2025/0801/331.html",
        title="暑期轮滑骨折多发 骨伤科提醒家长做好防护",
        record_title="暑期轮滑骨折多发 骨伤科提醒家长做好防护_鸫川县中医院",
        date="2025-08-01",
        notes="hospital site; department's own 咨询电话 kept beside the hospital's booking line",
        page="""
!m 鸫川县中医院 | 二级甲等中医医院
!m 医院首页 > 健康科普 > 骨伤科
{T}
!m 发布日期：2025-08-01　浏览：932次　供稿：骨伤科
{BODY}
!w 预约挂号请拨打 0570-7218120 或关注“鸫川中医”服务号
!l 上一篇：三伏贴今年开贴时间公布
!m 地址：鸫川县城关镇健康路66号　急诊24小时：0570-7218999
""",
        indent="\u3000\u3000",
        body="""
进入暑期以来，我院骨伤科接诊的轮滑摔伤儿童明显增多，7月共收治腕部骨折患儿19例，多数没有佩戴护掌。
专家提醒，轮滑摔倒时孩子本能地用手撑地，最容易造成桡骨远端骨折。家长一定要给孩子配齐头盔、护腕、护肘和护膝。
如孩子摔倒后手腕明显肿胀、不能活动，应及时就医，切勿自行揉搓。
骨伤科咨询电话：0570-7218163。
""",
    ),
    dict(
        slug="university-nongke-news-chive-breeding-html",
        site="鹡阳农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jyny.edu.cn/info/1032/6621.htm",
        title="我院宽叶韭菜新品种通过省级审定",
        record_title="我院宽叶韭菜新品种通过省级审定-鹡阳农业职业学院",
        date="2025-05-20",
        notes="university news page; byline date; photo caption between paragraphs; 审核 line after",
        page="""
<html><head><meta charset="utf-8"><title>我院宽叶韭菜新品种通过省级审定-鹡阳农业职业学院</title><link rel="stylesheet" href="/css/news.css"></head>
<body>
<div class="top">⟦m 鹡阳农业职业学院⟧ ⟦m 厚德 笃学 知农 爱农⟧</div>
<div class="nav">⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 新闻中心⟧</div>
<div class="pos">⟦m 位置：首页 &gt; 新闻中心 &gt; 学院要闻⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 作者：园艺系 韩蕾　日期：2025-05-20　点击：[ 611 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn"><p>⟦l 上一条：我院学子在全省农业技能大赛中获佳绩⟧</p><p>⟦l 下一条：园艺系开展“三下乡”志愿服务⟧</p></div>
<div class="footer">⟦m 地址：鹡阳市大学城农园路1号 邮编：314200⟧ ⟦m 版权所有 © 鹡阳农业职业学院⟧</div>
</body></html>
""",
        body="""
近日，由我院园艺系选育的宽叶韭菜新品种“鹡韭3号”通过省农作物品种审定委员会审定。
该品种叶片宽厚、抗寒性强，在冬季大棚中较当地老品种增产约18%，且根蛆危害明显减轻。
⟦m 图为课题组成员在试验大棚查看韭菜长势⟧
下一步，课题组将与县农技推广中心合作，在三个乡镇建立示范基地。
""",
    ),
    dict(
        slug="localforum-hecheng-playground-complaint",
        site="鹀城生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.wucheng-life.com/forum.php?mod=viewthread&tid=88120",
        title="滨河公园那个秋千链条都锈了，有没有人管管",
        record_title="滨河公园那个秋千链条都锈了，有没有人管管 - 民生曝光台 - 鹀城生活网",
        date="2025-06-03",
        notes="local forum; official reply quoted in the post; relative time not a date; 发表于 is the date",
        page="""
!m 鹀城生活网 › 论坛 › 民生曝光台
!t 滨河公园那个秋千链条都锈了，有没有人管管
!m 发表于 2025-06-03 20:14 | 查看: 2318 | 回复: 41
{BODY}
!l 打赏　　收藏 8　　分享
!m 2楼 河边遛弯的：昨天路过也看到了，孩子差点夹手
!m 3楼 版主：已转交公园管理处，2小时前
!a 回复需要先登录，还没有账号？马上注册
!d 网友发帖内容不代表本站立场
""",
        junk=dict(lines=1, glued=1),
        body="""
滨河公园儿童区东边那排秋千，链条锈得掉渣，坐板也裂了一道口子。今天带孩子去玩，手上全是铁锈。
打了公园的电话，说会报上去。希望有关部门尽快来看看，别等出了事再修。
更新：管理处回复，已将该组秋千停用并围挡，预计本月15日前更换完毕。
""",
    ),
    dict(
        slug="download-ziyuan-mahua-standard-html",
        site="资源盒子下载站 (invented)",
        style="资料下载站",
        genre="标准",
        kind="rules",
        form="html",
        source="http://www.ziyuanhezi.net/soft/doc/44871.html",
        title="麻花小作坊生产卫生规范",
        record_title="麻花小作坊生产卫生规范.doc下载",
        date=None,
        notes="old gbk download station with file-info table and mirror links; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>麻花小作坊生产卫生规范.doc下载_资源盒子</title></head>
<body><table width="960" align="center"><tr><td>⟦m 资源盒子 - 绿色文档下载⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站所有资料均经杀毒检测，请放心下载！⟧</marquee>
<table class="info">
<tr><td>⟦m 文件大小：48 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-07-19⟧</td><td>⟦m 下载次数：1563⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<p>⟦a 下载地址失效？点此报错⟧</p>
<p>⟦m 解压密码：www.ziyuanhezi.net⟧</p>
<p>⟦d 资料来源于网络，仅供学习参考，如侵犯您的权益请联系删除⟧</p>
</body></html>
""",
        body="""
第一条　加工场所应与住宅生活区隔开，地面、墙面便于清洗，配有防蝇、防鼠设施。
第二条　面粉、食用油、白砂糖等原料应从正规渠道采购，保留购货凭证不少于六个月。
第三条　炸制用油应定期更换，不得使用回收油脂；油温控制在规定范围内。
第四条　从业人员应持有效健康证明，加工时穿戴工作衣帽。
""",
    ),
    dict(
        slug="exam-renshi-recruit-rink-staff",
        site="鹬坪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yuping.gov.cn/ksxx/2025/0610/1122.html",
        title="鹬坪县全民健身中心2025年公开招聘编外工作人员公告",
        record_title="鹬坪县全民健身中心2025年公开招聘编外工作人员公告",
        date="2025-06-10",
        notes="exam portal; schedule table; own 咨询电话 beside the site's technical line; 下载 sentence kept",
        page="""
!m 鹬坪人事考试网　公平 公正 公开
!m 首页 > 考试信息 > 事业单位
{T}
!m 发布时间：2025-06-10 09:00　来源：县人力社保局
{BODY}
!w 网站技术支持：0572-3310088（工作日）
!a 【打印】【关闭】
!m 主办：鹬坪县人事考试中心　浙ICP备11022771号
""",
        body="""
因工作需要，县全民健身中心面向社会公开招聘编外工作人员3名。
岗位　人数　要求
轮滑场馆管理员　1　大专及以上，持轮滑指导员证书优先
体育指导员　1　体育类专业
财务人员　1　会计学专业
报名时间：6月16日至6月20日。报考人员请自行下载并打印报名表，填好后送至中心二楼办公室。
咨询电话：0572-3325106。
""",
    ),
    dict(
        slug="tender-zhaocai-result-playground-html",
        site="鹮湖公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huanhu.gov.cn/jyxx/zfcg/zbgg/20250722/551.html",
        title="鹮湖县城区公园儿童游乐设施更新采购项目中标结果公告",
        record_title="鹮湖县城区公园儿童游乐设施更新采购项目中标结果公告",
        date="2025-07-22",
        notes="tender portal with left menu and CA helpdesk; buyer and agency contacts kept; bid table",
        page="""
<html><head><meta charset="utf-8"><title>鹮湖县公共资源交易网</title></head><body>
<div class="hd">⟦m 鹮湖县公共资源交易网⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="left"><ul><li>⟦m 工程建设⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 产权交易⟧</li></ul></div>
<div class="crumb">⟦m 首页 › 交易信息 › 政府采购 › 中标公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 【信息时间：2025-07-22】【阅读次数：206】⟧</div>
<div class="detail">
{BODY}
</div>
<div class="ca">⟦w CA证书办理及投标工具咨询：400-870-6621⟧</div>
<div class="ft">⟦m 鹮湖县公共资源交易中心 主办⟧ ⟦m 浙ICP备16033107号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：HHCG-2025-0417
二、中标信息：
供应商名称　中标金额（元）　服务期
宁川童梦游乐设备有限公司　486500　60日历天
三、主要标的：组合滑梯4套、秋千6组、安全地垫1200平方米。
四、采购人：鹮湖县城市管理局，联系人：吴工，电话：0573-2261049。
五、代理机构：鸿信招标咨询有限公司，联系人：梁女士，电话：0573-2290316。
""",
    ),
    dict(
        slug="lawfirm-zhengyan-case-rink-injury",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="article",
        form="text",
        source="https://www.zhengyanlaw.cn/case/2025/0914.html",
        title="轮滑场馆内摔伤，场馆要不要担责？",
        record_title="【以案说法】轮滑场馆内摔伤，场馆要不要担责？｜正言律所",
        date="2025-09-14",
        notes="law firm; decorated title; lawyer card and disclaimer; article date line",
        page="""
!m 正言律师事务所 ZHENGYAN LAW FIRM
!m 首页 / 以案说法 / 人身损害
{T}
!m 2025-09-14　作者：吕航律师　阅读 488
{BODY}
!w 免费法律咨询：扫码添加吕律师微信，或致电 139-0571-6620
!d 本文仅为普法分享，不构成对具体案件的法律意见
!l 相关案例：游泳馆溺水事故责任如何划分
""",
        gap=True,
        body="""
【案情】10岁的小林在某轮滑馆练习时，被另一名逆行的成年人撞倒，造成右臂骨折。家长起诉场馆和撞人者。
【判决】法院认为，场馆未安排安全员巡场、未制止逆行，未尽到安全保障义务，承担30%的补充责任；直接侵权人承担主要责任。
【律师说法】经营者应当配备足够的安全员，并在醒目位置公示滑行规则，否则一旦发生事故很难免责。
""",
    ),
    dict(
        slug="community-lijia-notice-chive-stall",
        site="鹁城街道·丽嘉社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bochengjd.gov.cn/sq/lijia/tz/2025/0418.html",
        title="关于规范小区门口蔬菜临时摊点的通知",
        record_title="关于规范小区门口蔬菜临时摊点的通知",
        date="2025-04-18",
        notes="community site; Chinese numeral 成文日期; own contact kept; weather widget",
        page="""
!m 丽嘉社区网　鹁城街道办事处主办
!m 今日天气：多云 14~23℃　空气质量：良
!m 社区首页 » 通知公告
{T}
{BODY}
!l 【社区动态】丽嘉社区开展义诊进楼道活动
!w 网格员热线：0574-6620 1185（9:00-17:00）
!m 丽嘉社区居委会 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位居民：
近来小区东门口自发形成卖韭菜、青菜的临时摊点，早高峰时占用人行道，影响通行。
经与街道城管中队商议，自4月22日起，东门外划定临时摊区，每日6:00至9:00允许菜农售卖自产蔬菜，其他时段不得摆放。
请菜农保持摊区整洁，收摊时带走垃圾。
联系人：社区主任 董芳，电话：0574-66208871。
丽嘉社区居民委员会
二〇二五年四月十八日
""",
    ),
]
